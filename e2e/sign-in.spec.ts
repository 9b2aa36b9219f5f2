import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, personas } from "./support/personas";
import { HOME_URL, signInWithPassword } from "./support/sign-in";

test.describe("sign-in", () => {
  test("the sign-in page says demo sign-in is on and offers both forms", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByText("Demo sign-in is on")).toBeVisible();
    await expect(page.getByLabel("Email", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Work email", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
  });

  test("password sign-in lands on the person's first account By User page", async ({ page }) => {
    await signInWithPassword(page, personas.secondaryAdmin.email);
    await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/users\/?(\?.*)?$/);
    await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
  });

  test("a wrong password shows an error and stays signed out", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(personas.primaryAdmin.email);
    await page.getByLabel("Password", { exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
    await page.getByRole("button", { name: "Sign in with password" }).click();
    await expect(page.getByRole("alert").or(page.getByText(/(invalid|incorrect|wrong|did not match|couldn.t sign)/i)).first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("EM-1 email-link sign-in: the link is written to the outbox and shown in the dev mailbox", async ({ page }) => {
    const person = personas.contractManager2;
    await page.goto("/sign-in");
    await page.getByLabel("Work email", { exact: true }).fill(person.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    // Sent: the form leaves /sign-in for the "check your email" page.
    await expect(page).not.toHaveURL(/\/sign-in\/?(\?.*)?$/);

    // The dev mailbox, filtered to this person, newest first; the link is Auth.js's callback.
    const link = page.getByTestId("mailbox-email").locator('a[href*="/api/auth/callback/"]').first();
    await expect
      .poll(
        async () => {
          await page.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
          return link.count();
        },
        { message: "a sign-in link for the person in /dev/mailbox", timeout: 30_000, intervals: [500, 1_000, 2_000] },
      )
      .toBeGreaterThan(0);
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();

    await page.goto(href ?? "");
    await expect(page).toHaveURL(HOME_URL);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
