import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountIdFromUrl } from "./support/sign-in";

// Each test adds the users it changes (unique emails per run) and removes them again, so
// the shared demo world is left as it was.
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const CANDIDATE_PRODUCTS = ["F360", "INV", "ACD", "NAVIS"];

async function openByUser(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "By User", exact: true }).click();
  await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
  return accountIdFromUrl(page.url());
}

async function addUser(page: Page, u: { first: string; last: string; email: string }): Promise<string | null> {
  await page.getByRole("button", { name: "Add user", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("First name").fill(u.first);
  await form.getByLabel("Last name").fill(u.last);
  await form.getByLabel("Email").fill(u.email);
  // A product that still has a seat (other specs may use seats at the same time).
  const free = form.locator("input[name=productIds]:not([disabled])").first();
  let product: string | null = null;
  if (await free.count()) {
    await free.check();
    product = (await free.locator("xpath=..").textContent())?.split("(")[0]?.trim() ?? null;
  }
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added ${u.email}. An invitation email is on its way.`);
  await closeDialog(page);
  return product;
}

/** Closes the open dialog with Escape, as a keyboard user would, so the page behind it is usable again. */
async function closeDialog(page: Page) {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

async function search(page: Page, q: string) {
  await page.getByLabel("Name or email").fill(q);
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/\./g, "\\.")}`));
}

/** Selects the listed rows and removes them with the bulk bar; returns the summary. */
async function bulkRemove(page: Page, names: string[]) {
  for (const name of names) await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  await page.getByRole("button", { name: `Remove ${names.length} selected` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove", exact: true }).click();
  const summary = page.getByRole("status", { name: "What happened" });
  await expect(summary).toBeVisible();
  return summary;
}

/** On a person's page: assign a product that has a seat left, then unassign it. */
async function assignAndUnassign(page: Page) {
  for (const code of CANDIDATE_PRODUCTS) {
    const row = page.getByTestId(`product-${code}`);
    if (!(await row.count())) continue;
    const assign = row.getByRole("button", { name: /^Assign / });
    if (!(await assign.count()) || !(await assign.isEnabled())) continue;
    await assign.click();
    await expect(row.getByRole("cell", { name: "Assigned", exact: true })).toBeVisible();
    await row.getByRole("button", { name: /^Unassign / }).click();
    await expect(row.getByRole("cell", { name: "Not assigned", exact: true })).toBeVisible();
    return code;
  }
  throw new Error("no product with a free seat");
}

test.describe("By User", () => {
  test.describe("as the primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("UM-5 UM-9 the primary admin adds a user with a product, assigns and unassigns a product, and imports users from CSV", async ({ page }) => {
      test.slow();
      const tag = stamp();
      const email = `ada.${tag}@e2e-add.test`;
      const accountId = await openByUser(page);
      const product = await addUser(page, { first: "Ada", last: `Lovelace${tag}`, email });

      await search(page, email);
      const row = page.getByTestId("named-users-table").getByRole("row").filter({ hasText: email });
      await expect(row).toContainText("Invited");
      await row.getByRole("link", { name: `Ada Lovelace${tag}` }).click();
      await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/users/[0-9a-f-]{36}$`));
      await expect(page.getByRole("heading", { level: 1, name: `Ada Lovelace${tag}` })).toBeVisible();
      if (product) await expect(page.getByRole("row").filter({ hasText: product }).getByRole("cell", { name: "Assigned", exact: true })).toBeVisible();
      await assignAndUnassign(page);
      // UM-9: Revit's seats are all assigned in the demo world, so it cannot be assigned here.
      const revit = page.getByTestId("product-RVT");
      await expect(revit.getByRole("button", { name: "Assign Revit" })).toBeDisabled();
      await expect(revit).toContainText("(UM-9)");
      // Access explained: a plain named user manages nothing here, and the page says why.
      const access = page.getByTestId("access-explained");
      await expect(access.getByRole("listitem").filter({ hasText: "Add a named user" })).toContainText("UM-5");

      await openByUser(page);
      await page.getByRole("button", { name: "Import CSV", exact: true }).click();
      const csv = ["First name,Last name,Email,Products", `Imp,One${tag},imp1.${tag}@e2e-import.test,`, `Imp,Two${tag},imp2.${tag}@e2e-import.test,`, `Imp,Three${tag},imp3.${tag}@e2e-import.test,`].join("\n");
      await page.getByLabel("CSV file").setInputFiles({ name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(page.getByRole("status", { name: "Import report" })).toContainText("Imported 3 users");
      await closeDialog(page);

      await search(page, tag);
      await expect(page.getByTestId("named-users-table").getByRole("row")).toHaveCount(5);
      const summary = await bulkRemove(page, [`Ada Lovelace${tag}`, `Imp One${tag}`, `Imp Two${tag}`, `Imp Three${tag}`]);
      await expect(summary).toContainText("4 removed, 0 skipped, 0 refused");
      await expect(page.getByText("No users match this search and these filters.")).toBeVisible();
    });

    test("UM-10 the primary admin's row cannot be removed", async ({ page }) => {
      const tag = stamp();
      await openByUser(page);
      await addUser(page, { first: "Priya", last: `Temp${tag}`, email: `priya.temp.${tag}@e2e-um10.test` });
      await search(page, "priya");
      const summary = await bulkRemove(page, ["Priya Raman", `Priya Temp${tag}`]);
      await expect(summary).toContainText("1 removed, 0 skipped, 1 refused");
      await expect(summary.getByRole("listitem").filter({ hasText: "priya.raman@northwind.example" })).toContainText("(UM-10)");

      await page.getByRole("link", { name: "Priya Raman" }).click();
      await expect(page.getByTestId("admin-role")).toHaveText("Primary admin");
      await expect(page.getByRole("button", { name: "Remove from the account" })).toBeDisabled();
      const removal = page.getByRole("region", { name: "Remove", exact: true });
      await expect(removal.getByText("The primary admin cannot be removed: make someone else primary admin first (UM-10).")).toBeVisible();
    });
  });

  test.describe("as a secondary admin", () => {
    test.use({ persona: "secondaryAdmin" });

    test("UM-5 a secondary admin assigns a product to a user", async ({ page }) => {
      const tag = stamp();
      const email = `sec.${tag}@e2e-secondary.test`;
      await openByUser(page);
      await addUser(page, { first: "Sec", last: `Added${tag}`, email });
      await search(page, email);
      await page.getByRole("link", { name: `Sec Added${tag}` }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Sec Added${tag}` })).toBeVisible();
      await assignAndUnassign(page);

      await page.getByRole("button", { name: "Remove from the account" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Remove", exact: true }).click();
      await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
    });
  });
});
