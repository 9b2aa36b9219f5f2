import { expect, test } from "./fixtures";
import { personas } from "./support/personas";
import { accountIdFromUrl } from "./support/sign-in";
import type { Page } from "@playwright/test";

const DANIEL = `${personas.contractManager.firstName} ${personas.contractManager.lastName}`;
const AISHA = `${personas.softwareCoordinator.firstName} ${personas.softwareCoordinator.lastName}`;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Opens the classic contract whose row contains this text, from the contracts list: its Overview tab. */
async function openClassicContract(page: Page, text: string): Promise<{ accountId: string; url: string }> {
  await page.goto("/");
  const accountId = accountIdFromUrl(page.url());
  await page.goto(`/accounts/${accountId}/contracts`);
  const classic = page.getByRole("region", { name: /Classic contracts/ });
  await classic.getByTestId("contract-row").filter({ hasText: text }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /^Contract / })).toBeVisible();
  await expect(tabs(page).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  return { accountId, url: page.url() };
}

/** The contract's tab nav. */
const tabs = (page: Page) => page.getByRole("navigation", { name: "Contract" });

/** Moves to a tab by its link, as a person would, and waits for it to be the current one. */
async function openTab(page: Page, name: string): Promise<void> {
  const link = tabs(page).getByRole("link", { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

test.describe("Classic User Management: the contract manager", () => {
  test.use({ persona: "contractManager" });

  test("CL-3 HY-2 CL-12 a contract manager adds a classic user and assigns them a product; By User is unchanged", async ({ page }) => {
    // More steps than one page now (tabs, a dialog): a busy machine needs the time.
    test.slow();
    const { accountId, url } = await openClassicContract(page, AISHA);
    await openTab(page, "Users");
    await expect(page).toHaveURL(`${url}/users`);
    const email = `e2e.classic.${stamp()}@example.test`;
    await page.getByRole("button", { name: "Add classic users" }).click();
    const dialog = page.getByRole("dialog", { name: "Add classic users" });
    const form = dialog.getByRole("form", { name: "Add a classic user" });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("First name (optional)").fill("Eve");
    await form.getByLabel("Last name (optional)").fill("Classic");
    await form.getByRole("button", { name: "Add classic user" }).click();
    await expect(form.getByRole("status")).toContainText(`Added ${email}`);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText("does not change User Management (HY-2)")).toBeVisible();

    const assign = page.getByRole("button", { name: "Assign AutoCAD to Eve Classic" });
    await assign.click();
    await expect(page.getByRole("button", { name: "Unassign AutoCAD from Eve Classic" })).toHaveAttribute("aria-pressed", "true");

    // HY-2: the new classic user is not a named user.
    await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(email)}`);
    await expect(page.getByText(email)).toHaveCount(0);
    await page.goto(`/accounts/${accountId}/contracts?q=${encodeURIComponent(email)}`);
    await expect(page.getByTestId("classic-across").getByText(email)).toBeVisible();

    // Clean up: remove the classic user again.
    await page.goto(`${url}/users`);
    await page.getByRole("checkbox", { name: "Select Eve Classic" }).check();
    await page.getByRole("button", { name: "Remove 1 selected" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("checkbox", { name: "Select Eve Classic" })).toHaveCount(0);
  });

  test("CL-6 CL-10 a contract manager assigns a software coordinator and removes them", async ({ page }) => {
    const { url } = await openClassicContract(page, "3ds Max");
    await openTab(page, "Roles");
    const email = `e2e.sc.${stamp()}@example.test`;
    const form = page.getByRole("form", { name: "Assign a software coordinator" });
    await form.getByLabel("Coordinator's email").fill(email);
    await form.getByRole("button", { name: "Assign coordinator" }).click();
    // The change is confirmed first, with its effects (CL-6, CL-10).
    const confirm = page.getByRole("alertdialog", { name: "Assign a software coordinator?" });
    await expect(confirm).toContainText("(CL-10)");
    await confirm.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("region", { name: "Software coordinator" }).getByRole("status")).toContainText(`${email} is now the software coordinator`);
    await openTab(page, "Overview");
    await expect(page.getByRole("region", { name: "Term and roles" })).toContainText(email);
    await openTab(page, "Roles");
    await page.getByRole("button", { name: "Remove coordinator" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("region", { name: "Software coordinator" })).toContainText("no software coordinator");
    await page.goto(url);
    await expect(page.getByRole("region", { name: "Term and roles" })).not.toContainText(email);
  });

  test("CL-3 PU-3 a contract manager renews the contract and sees the invoice", async ({ page }) => {
    const { url } = await openClassicContract(page, "3ds Max");
    await openTab(page, "Billing & renewal");
    await expect(page).toHaveURL(`${url}/billing`);
    await expect(page.getByText("There is no payment provider")).toBeVisible();
    await page.getByRole("button", { name: "Renew contract" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Renew" }).click();
    await expect(page.getByRole("region", { name: "Manage renewal and billing" }).getByRole("status")).toContainText("Renewed until");
    await expect(page.getByTestId("invoices").getByRole("row")).not.toHaveCount(0);
    await expect(page.getByTestId("invoices")).toContainText("INV-");
  });
});

test.describe("Classic User Management: a contract's activity", () => {
  test.use({ persona: "contractManager" });

  test("AU-2 the contract manager opens the contract's activity log and filters it", async ({ page }) => {
    const { url } = await openClassicContract(page, AISHA);
    await openTab(page, "Activity");
    await expect(page.getByRole("heading", { name: "Contract activity" })).toBeVisible();
    await expect(page).toHaveURL(`${url}/activity`);
    await expect(page.getByRole("link", { name: /Export CSV/ })).toBeVisible();
  });
});

test.describe("Classic User Management: moving a contract to User Management", () => {
  test.use({ persona: "contractManager" });

  test("CL-3 CL-5 CL-6 the contract manager previews moving a classic contract to User Management; nothing changes", async ({ page }) => {
    const { url } = await openClassicContract(page, AISHA);
    await page.getByRole("link", { name: "Preview moving it to User Management" }).click();
    await expect(page.getByRole("heading", { name: /dry run/ })).toBeVisible();
    await expect(page.getByText("Nothing is changed by this page")).toBeVisible();
    await expect(page.getByRole("region", { name: "Roles" })).toContainText("(CL-6, CL-10)");
    await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
    await page.goto(url);
    await expect(page.getByRole("region", { name: "Term and roles" })).toContainText(AISHA);
  });
});

test.describe("Classic User Management: the software coordinator", () => {
  test.use({ persona: "softwareCoordinator" });

  test("CL-8 a software coordinator sees only their contract, has no billing controls, and another contract's URL is not found", async ({ page, asPersona }) => {
    test.slow(); // a journey over several tabs and pages
    await page.goto("/");
    const accountId = accountIdFromUrl(page.url());
    await page.goto(`/accounts/${accountId}/contracts`);
    const classic = page.getByRole("region", { name: /Classic contracts/ });
    await expect(classic.getByTestId("contract-row")).toHaveCount(1);
    await classic.getByTestId("contract-row").getByRole("link").click();
    await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
    // Her tabs: the contract and its users; no billing, roles or activity (CL-8, AU-2).
    await expect(tabs(page).getByRole("link")).toHaveText(["Overview", "Users"]);
    await expect(page.getByRole("button", { name: /renew/i })).toHaveCount(0);
    await expect(page.getByTestId("billing-notice")).toContainText("(CL-8)");
    const mine = page.url();
    expect((await page.goto(`${mine}/billing`))?.status()).toBe(403);
    await expect(page.getByRole("region", { name: "Manage renewal and billing" })).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "You can't open this page" })).toContainText("(CL-8)");
    await page.goto(mine);
    await openTab(page, "Users");
    await expect(page.getByRole("heading", { name: /^Classic users/ })).toBeVisible();
    await page.getByRole("button", { name: "Add classic users" }).click();
    await expect(page.getByRole("dialog", { name: "Add classic users" }).getByRole("form", { name: "Add a classic user" })).toBeVisible();

    // Another classic contract (Daniel's, with 3ds Max) is not found for her, by URL.
    const daniel = await asPersona("contractManager");
    await daniel.goto(`/accounts/${accountId}/contracts`);
    await daniel.getByRole("region", { name: /Classic contracts/ }).getByTestId("contract-row").filter({ hasText: "3ds Max" }).first().getByRole("link").click();
    await expect(daniel).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
    for (const tab of ["", "/users", "/billing", "/roles", "/activity"]) {
      const response = await page.goto(`${daniel.url()}${tab}`);
      expect(response?.status(), tab || "overview").toBe(404);
    }
  });
});

test.describe("Classic User Management: the primary admin", () => {
  test.use({ persona: "primaryAdmin" });

  test("HY-2 HY-3 the primary admin opens the mismatch report and a person across both views", async ({ page }) => {
    await page.goto("/");
    const accountId = accountIdFromUrl(page.url());
    await page.goto(`/accounts/${accountId}/contracts`);
    await page.getByRole("link", { name: /mismatch report/ }).click();
    await expect(page.getByRole("heading", { name: "Mismatches" })).toBeVisible();
    await expect(page.getByTestId("mismatches")).toContainText("Classic user who is not a named user");
    await expect(page.getByTestId("mismatches")).toContainText("(HY-2)");
    await page.goto(`/accounts/${accountId}/contracts?q=omar.haddad`);
    await page.getByTestId("classic-across").getByRole("link", { name: "Omar Haddad" }).first().click();
    await expect(page.getByRole("heading", { name: /Omar Haddad/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "User Management", exact: true })).toContainText("Not a named user");
    await expect(page.getByRole("region", { name: "Classic User Management" }).getByRole("link", { name: "Change on the contract" })).toHaveCount(2);
  });

  test("UM-6 UM-7 the primary admin sees a classic contract read-only; renewal is refused with UM-6, naming the contract manager", async ({ page }) => {
    await openClassicContract(page, DANIEL);
    await expect(page.getByTestId("billing-notice")).toContainText(`Renewal and billing are managed by the contract manager, ${DANIEL}`);
    await expect(page.getByTestId("billing-notice")).toContainText("(UM-6)");
    await expect(page.getByRole("button", { name: /renew/i })).toHaveCount(0);
    await expect(tabs(page).getByRole("link")).toHaveText(["Overview", "Users"]);
    await openTab(page, "Users");
    await expect(page.getByRole("button", { name: "Add classic users" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Actions for / })).toHaveCount(0);
    await expect(page.getByTestId("classic-read-only")).toContainText("read-only");
  });
});

test.describe("Changing the contract manager", () => {
  // Contoso's primary admin is also the contract manager of its contract: the hand-over leaves her primary admin (CL-11).
  test.use({ persona: "otherAccountAdmin" });

  test("CL-4 CL-5 CL-11 UM-8 the contract manager hands the role over through the preview; the new manager appears as a secondary admin", async ({ page }) => {
    test.slow(); // a journey over several tabs and pages
    await page.goto("/");
    const accountId = accountIdFromUrl(page.url());
    await page.goto(`/accounts/${accountId}/contracts`);
    await page.getByTestId("contract-row").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
    const overview = page.url();
    await openTab(page, "Roles");
    const email = `e2e.newcm.${stamp()}@example.test`;
    const panel = page.getByRole("region", { name: "Hand over the contract manager role" });
    await panel.getByLabel("New contract manager's email").fill(email);
    await panel.getByRole("button", { name: "Preview" }).click();
    // The hand-over is confirmed in a dialog that states CL-5's effects from the preview.
    const dialog = page.getByRole("alertdialog", { name: `Hand the contract manager role to ${email}?` });
    const preview = dialog.getByTestId("manager-change-preview");
    await expect(preview).toContainText(`${email} (new to the portal) becomes the contract manager`);
    await expect(preview).toContainText("becomes a secondary admin of the account");
    await expect(preview).toContainText("The primary admin stays");
    await expect(preview).toContainText("CL-11, UM-8");
    await dialog.getByRole("button", { name: "Confirm hand-over" }).click();
    // She is no longer its manager: no hand-over, no Roles tab; the Overview names the new one.
    await expect(panel).toHaveCount(0);
    await expect(tabs(page).getByRole("link", { name: "Roles" })).toHaveCount(0);
    await page.goto(overview);
    await expect(page.getByRole("region", { name: "Term and roles" })).toContainText(email);

    // CL-5: the new manager is a secondary admin; CL-11: the primary admin is still Grace.
    await page.goto(`/accounts/${accountId}/admins`);
    await expect(page.getByTestId("primary-admin")).toContainText(personas.otherAccountAdmin.email);
    const row = page.getByTestId("secondary-admin-row").filter({ hasText: email }).first();
    await expect(row).toBeVisible();
    // Clean up the admin role (the contract stays with its new manager).
    await row.getByRole("button", { name: /^Actions for / }).click();
    await page.getByRole("menuitem", { name: "Remove as secondary admin" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove secondary admin" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect.poll(async () => {
      await page.reload();
      return page.getByRole("table", { name: "Secondary admins" }).getByRole("cell", { name: email, exact: true }).count();
    }).toBe(0);
  });
});

test.describe("HY-1 Classic User Management as the landing view", () => {
  for (const persona of ["softwareCoordinator", "classicOnlyManager"] as const) {
    test.describe(persona, () => {
      test.use({ persona });

      test(`HY-1 CL-8 a person who is only a contract manager or coordinator (${persona}) lands on Classic User Management; By User is not theirs`, async ({ page }) => {
        await page.goto("/");
        await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/contracts$/);
        const accountId = accountIdFromUrl(page.url());
        await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classic User Management" })).toBeVisible();
        await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "By User" })).toHaveCount(0);
        const response = await page.goto(`/accounts/${accountId}/users`);
        expect([403, 404]).toContain(response?.status());
      });
    });
  }
});
