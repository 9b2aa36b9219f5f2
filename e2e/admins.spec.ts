import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { personas } from "./support/personas";
import { accountIdFromUrl, signInWithEmailLink } from "./support/sign-in";

// Contoso Design (named only): Grace Liu is its primary admin and Ben Carter its secondary admin (lib/demo/demo.ts).
const BEN = { email: "ben.carter@contoso.example", name: "Ben Carter" };
const GRACE = { email: personas.otherAccountAdmin.email, name: `${personas.otherAccountAdmin.firstName} ${personas.otherAccountAdmin.lastName}` };
// A plain named user of Northwind that no other spec changes.
const RAHUL = { email: "rahul.mehta@northwind.example", name: "Rahul Mehta" };

/** Opens the Admins page of the person's first account through the navigation. */
async function openAdmins(page: Page): Promise<string> {
  await page.goto("/");
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\//);
  const accountId = accountIdFromUrl(page.url());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admins", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Admins", level: 1 })).toBeVisible();
  return accountId;
}

/** Makes the secondary admin in `row` the primary admin, after checking the preview. */
async function changePrimaryTo(page: Page, target: { email: string; name: string }, former: { email: string; name: string }) {
  const row = page.getByTestId("secondary-admin-row").filter({ hasText: target.email });
  await row.getByRole("button", { name: `Actions for ${target.name}` }).click();
  await page.getByRole("menuitem", { name: "Make primary admin" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Make ${target.name} the primary admin?` });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByTestId("primary-admin-change-preview");
  await expect(preview).toContainText(`${target.name} <${target.email}> becomes the primary admin`);
  await expect(preview).toContainText(`${former.name} <${former.email}> becomes a secondary admin`);
  await expect(preview.getByRole("listitem").filter({ hasText: "No contract manager changes" })).toContainText("UM-8");
  await expect(preview.getByRole("listitem").filter({ hasText: "No contract manager changes" })).toContainText("CL-11");
  await expect(preview.getByRole("listitem").filter({ hasText: "No software coordinator changes" })).toContainText("CL-10");
  await dialog.getByRole("button", { name: "Confirm change of primary admin" }).click();
  await expect(page.getByTestId("primary-admin")).toContainText(target.email);
  await expect(page.getByTestId("secondary-admin-row").filter({ hasText: former.email })).toHaveCount(1);
}

test.describe("admins of a named-only account", () => {
  test.use({ persona: "otherAccountAdmin" });

  test("UM-2 UM-8 the primary admin previews and confirms a change of primary admin, then the new primary changes it back", async ({ page, browser }) => {
    // Two people, one of them signing in through an emailed link: more than the default budget.
    test.slow();
    await openAdmins(page);
    await expect(page.getByTestId("primary-admin")).toContainText(GRACE.email);
    // UM-8: Grace stays the contract manager of the contract she purchased (shown in the preview).
    await changePrimaryTo(page, BEN, GRACE);
    await expect(page.getByTestId("secondary-admin-row").filter({ hasText: GRACE.email })).toContainText("(you)");

    // Ben, now primary admin, was emailed (EM-1), signs in with a link and hands the role back.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const ben = await context.newPage();
      await signInWithEmailLink(ben, BEN.email);
      await ben.goto(`/dev/mailbox?to=${encodeURIComponent(BEN.email)}`);
      await expect(ben.getByText("You are now the primary admin of Contoso Design").first()).toBeVisible();
      await openAdmins(ben);
      await expect(ben.getByTestId("primary-admin")).toContainText(`${BEN.email}`);
      await changePrimaryTo(ben, GRACE, BEN);
    } finally {
      await context.close();
    }
    await page.reload();
    await expect(page.getByTestId("primary-admin")).toContainText(GRACE.email);
  });
});

test.describe("admins of the hybrid account, as a secondary admin", () => {
  test.use({ persona: "secondaryAdmin" });

  test("UM-3 a secondary admin adds and removes a secondary admin", async ({ page }) => {
    const accountId = await openAdmins(page);
    const rows = page.getByTestId("secondary-admin-row").filter({ hasText: RAHUL.email });
    await expect(rows).toHaveCount(0);

    await page.getByRole("button", { name: "Add secondary admin", exact: true }).click();
    const form = page.getByRole("dialog", { name: "Add a secondary admin" }).getByRole("form", { name: "Add a secondary admin" });
    await form.getByLabel("Email", { exact: true }).fill(RAHUL.email);
    await form.getByRole("button", { name: "Add secondary admin" }).click();
    await expect(form.getByRole("status")).toContainText(`${RAHUL.email} is now a secondary admin`);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(rows).toHaveCount(1);

    await rows.getByRole("button", { name: `Actions for ${RAHUL.name}` }).click();
    await page.getByRole("menuitem", { name: "Remove as secondary admin" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Remove ${RAHUL.name} as secondary admin?` });
    await expect(dialog).toContainText("They stay a named user");
    await dialog.getByRole("button", { name: "Remove secondary admin" }).click();
    await expect(rows).toHaveCount(0);

    // Still a named user of the account, without an admin role.
    await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(RAHUL.email)}`);
    const userRow = page.getByRole("row").filter({ hasText: RAHUL.email });
    await expect(userRow).toHaveCount(1);
    await expect(userRow).not.toContainText("Secondary admin");
  });

  test("UM-10 HB-1 the primary admin cannot be removed, and a secondary admin does not manage SSO admins", async ({ page }) => {
    await openAdmins(page);
    await expect(page.getByTestId("primary-admin")).toContainText("(UM-10)");
    await expect(page.getByTestId("primary-admin").getByRole("button")).toHaveCount(0);
    await expect(page.getByText("Only the primary admin grants or revokes the SSO admin role (HB-1).")).toBeVisible();
    await expect(page.getByRole("button", { name: "Grant SSO admin" })).toHaveCount(0);
    await expect(page.getByTestId("sso-admin-row").filter({ hasText: personas.ssoAdmin.email }).getByRole("button")).toHaveCount(0);
  });
});

test.describe("admins of the hybrid account, as its primary admin", () => {
  test.use({ persona: "primaryAdmin" });

  test("UM-4 making an admin of another account a secondary admin is refused with the reason", async ({ page }) => {
    await openAdmins(page);
    await page.getByRole("button", { name: "Add secondary admin", exact: true }).click();
    const form = page.getByRole("form", { name: "Add a secondary admin" });
    await form.getByLabel("Email", { exact: true }).fill(GRACE.email);
    await form.getByRole("button", { name: "Add secondary admin" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "already an admin of another account" })).toContainText("(UM-4)");
    await expect(page.getByTestId("secondary-admin-row").filter({ hasText: GRACE.email })).toHaveCount(0);
  });
});
