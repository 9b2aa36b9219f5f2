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
