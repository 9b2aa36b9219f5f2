import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountIdFromUrl } from "./support/sign-in";

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** From the start page to a product's page through the navigation and the By Product list. */
async function openProduct(page: Page, product: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "By Product", exact: true }).click();
  await expect(page.getByRole("heading", { name: "By Product", exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /Seat usage by product/ })).toBeVisible();
  await page.getByRole("table", { name: "Seats per product" }).getByRole("link", { name: product, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${product}`) })).toBeVisible();
}

const seatCount = (page: Page, label: "seats" | "assigned" | "available") => page.getByTestId(`seats-${label}`).locator("dd");

async function readCount(page: Page, label: "seats" | "assigned" | "available"): Promise<number> {
  return Number(await seatCount(page, label).textContent());
}

test.describe("By Product", () => {
  test.describe("as a secondary admin", () => {
    test.use({ persona: "secondaryAdmin" });

    test("UM-9 UM-5 a secondary admin assigns users to a product from its page and sees seats update", async ({ page }) => {
      // Assigns, then finds and unassigns each person again: many server round trips.
      test.slow();
      await openProduct(page, "AutoCAD");
      const assignedBefore = await readCount(page, "assigned");
      expect(await readCount(page, "available")).toBeGreaterThanOrEqual(2);

      const matches = page.getByRole("group", { name: "Matching users" });
      await expect(matches.getByRole("checkbox").first()).toBeVisible();
      const labels = matches.locator("label");
      const [first, second] = await Promise.all([0, 1].map(async (i) => (await labels.nth(i).getByTestId("candidate-email").textContent())?.trim() ?? ""));
      expect(first).toMatch(EMAIL);
      expect(second).toMatch(EMAIL);
      await labels.nth(0).getByRole("checkbox").check();
      await labels.nth(1).getByRole("checkbox").check();
      await page.getByRole("button", { name: "Assign AutoCAD to 2 users" }).click();

      const summary = page.getByTestId("assign-summary");
      await expect(summary).toContainText("AutoCAD assigned to 2 users");
      await expect(summary).toContainText(first!);
      await expect(summary).toContainText(second!);
      await expect(seatCount(page, "assigned")).toHaveText(String(assignedBefore + 2));

      // Both are now in the assigned list (found through the URL-held search), and leave it again.
      for (const email of [first!, second!]) {
        const search = page.getByRole("searchbox", { name: "Search assigned users by name or email" });
        await search.fill(email);
        await search.press("Enter");
        await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(email).replace(/\./g, "\\.")}`));
        const row = page.getByRole("table", { name: "Users assigned AutoCAD" }).getByRole("row").filter({ hasText: email });
        await expect(row).toHaveCount(1);
        // The search is a navigation: open the row's menu once the new page has settled (hydrated,
        // scrolled), or the menu opens where the row was before the page moved.
        await page.waitForLoadState("networkidle");
        await row.getByRole("button", { name: /^Actions for / }).click();
        await page.getByRole("menuitem", { name: "Unassign AutoCAD" }).click();
        const dialog = page.getByRole("alertdialog", { name: /Unassign AutoCAD from/ });
        await dialog.getByRole("button", { name: "Unassign" }).click();
        await expect(page.getByText(`No user with AutoCAD matches “${email}”.`)).toBeVisible();
      }
      await expect(seatCount(page, "assigned")).toHaveText(String(assignedBefore));
    });
  });

  test.describe("as the primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("UM-9 a full product refuses another assignment with the seat-limit reason", async ({ page }) => {
      await openProduct(page, "Revit");
      await expect(seatCount(page, "available")).toHaveText("0");
      const total = await readCount(page, "seats");
      await expect(page.getByText("Every Revit seat is assigned: free a seat before assigning more (UM-9).")).toBeVisible();

      const matches = page.getByRole("group", { name: "Matching users" });
      await matches.getByRole("checkbox").first().check();
      await page.getByRole("button", { name: "Assign Revit to 1 user" }).click();

      const summary = page.getByTestId("assign-summary");
      await expect(summary).toContainText("Nobody was assigned Revit.");
      await expect(summary).toContainText("No Revit seat is left: every seat of the account's active named contracts is assigned (UM-9).");
      await expect(seatCount(page, "assigned")).toHaveText(String(total));
    });

    test("UM-7 another account's product page is not found", async ({ page, asPersona }) => {
      const other = await asPersona("otherAccountAdmin");
      await other.goto("/");
      const otherAccountId = accountIdFromUrl(other.url());
      await openProduct(page, "AutoCAD");
      const productId = new URL(page.url()).pathname.split("/").pop();
      const response = await page.goto(`/accounts/${otherAccountId}/products/${productId}`);
      expect(response?.status()).toBe(404);
      const api = await page.request.get(`/api/accounts/${otherAccountId}/products/${productId}/candidates?q=`);
      expect(api.status()).toBe(404);
    });
  });

  test.describe("on a classic-only account", () => {
    test.use({ persona: "classicOnlyManager" });

    test("HY-1 a classic-only account has no By Product: its URL is not found", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/contracts/);
      const accountId = accountIdFromUrl(page.url());
      const response = await page.goto(`/accounts/${accountId}/products`);
      expect(response?.status()).toBe(404);
    });
  });
});
