import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./personas";

/**
 * Where `/` sends a signed-in person: the first view of their first account that they may
 * open (By User, By Product or the contracts of Classic User Management), else their first hub.
 */
export const HOME_URL = /\/(accounts\/[0-9a-f-]{36}\/(users|products|contracts)|hubs\/[0-9a-f-]{36})\/?(\?.*)?$/;

/** Signs in through the demo-password form on /sign-in and waits to leave it. */
export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  // exact: "Email" must not also match the email-link form's "Work email".
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The account id in the URL of an account page. */
export function accountIdFromUrl(url: string): string {
  const match = /\/accounts\/([0-9a-f-]{36})(\/|$|\?)/.exec(new URL(url).pathname + "/");
  if (!match?.[1]) throw new Error(`not an account URL: ${url}`);
  return match[1];
}

/** The newest sign-in link emailed to `email`, read from the development mailbox (waits for it). */
export async function mailboxSignInLink(page: Page, email: string): Promise<string> {
  const link = page.getByTestId("mailbox-email").locator('a[href*="/api/auth/callback/"]').first();
  await expect
    .poll(
      async () => {
        await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
        return link.count();
      },
      { message: `a sign-in link for ${email} in /dev/mailbox`, timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBeGreaterThan(0);
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`the sign-in link for ${email} has no address`);
  return href;
}

/** Signs a non-demo person in with an email link from the development mailbox (they have no password). */
export async function signInWithEmailLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Work email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).not.toHaveURL(/\/sign-in\/?(\?.*)?$/);
  await page.goto(await mailboxSignInLink(page, email));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
