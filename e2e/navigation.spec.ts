import { expect, test } from "./fixtures";
import { DISPOSABLE_PERSONA, personas } from "./support/personas";
import { accountIdFromUrl, HOME_URL, signInWithPassword } from "./support/sign-in";

const ACCOUNT_USERS_URL = /\/accounts\/[0-9a-f-]{36}\/users\/?(\?.*)?$/;

test.describe("the shell's navigation", () => {
  test.describe("as the hybrid account's primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("HY-1 the hybrid account's primary admin sees By User, By Product and Classic User Management", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(ACCOUNT_USERS_URL);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "By User", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "By Product", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Classic User Management", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Permissions", exact: true })).toHaveAttribute("href", /\/permissions$/);
    });

    test("By User lists the account's named users with name and email", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(ACCOUNT_USERS_URL);
      await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
      const table = page.getByRole("table");
      const me = personas.primaryAdmin;
      const row = table.getByRole("row").filter({ hasText: me.email });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(`${me.firstName} ${me.lastName}`);
      await expect(table.getByRole("row").filter({ hasText: personas.namedUser.email })).toHaveCount(1);
    });

    test("UM-7 nobody sees another account's anything: another account's By User page is not found", async ({ page, asPersona }) => {
      // The other account's id, as its own admin sees it in the URL.
      const other = await asPersona("otherAccountAdmin");
      await other.goto("/");
      await expect(other).toHaveURL(ACCOUNT_USERS_URL);
      const otherAccountId = accountIdFromUrl(other.url());

      await page.goto("/");
      await expect(page).toHaveURL(ACCOUNT_USERS_URL);
      expect(accountIdFromUrl(page.url())).not.toBe(otherAccountId);

      const response = await page.goto(`/accounts/${otherAccountId}/users`);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(/not found/i).first()).toBeVisible();
      await expect(page.getByText(personas.otherAccountAdmin.email)).toHaveCount(0);
    });

    test("an unknown account URL is not found", async ({ page }) => {
      const response = await page.goto("/accounts/00000000-0000-4000-8000-000000000000/users");
      expect(response?.status()).toBe(404);
      await expect(page.getByText(/not found/i).first()).toBeVisible();
    });
  });

  test.describe("as the named-only account's admin", () => {
    test.use({ persona: "otherAccountAdmin" });

    test("HY-1 the named-only account's admin sees By User and By Product only", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(ACCOUNT_USERS_URL);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "By User", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "By Product", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Classic User Management", exact: true })).toHaveCount(0);
    });
  });

  test.describe("as a classic-only contract manager", () => {
    test.use({ persona: "classicOnlyManager" });

    test("HY-1 a classic-only contract manager sees Classic User Management only", async ({ page }) => {
      await page.goto("/");
      await expect(page).not.toHaveURL(/\/sign-in/);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Classic User Management", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "By User", exact: true })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "By Product", exact: true })).toHaveCount(0);
    });
  });
});

test.describe("signed out", () => {
  for (const url of ["/", "/permissions", "/accounts/00000000-0000-4000-8000-000000000000/users"]) {
    test(`${url} redirects to /sign-in`, async ({ page }) => {
      await page.goto(url);
      await expect(page).toHaveURL(/\/sign-in(\?.*)?$/);
      await expect(page.getByRole("button", { name: "Sign in with password" })).toBeVisible();
    });
  }

  test("sign out ends the session", async ({ page }) => {
    // A persona no other spec uses: signing out may revoke all of the person's sessions.
    await signInWithPassword(page, personas[DISPOSABLE_PERSONA].email);
    await expect(page).toHaveURL(HOME_URL);
    const home = page.url();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.goto(home);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
