import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { classicContractHref } from "./support/pages";

// Issue 15: a contract's page is tabs with their own URLs (Overview, Users, Billing & renewal,
// Roles, Activity), each linkable and server-rendered; its dialogs open and close from the
// keyboard with nothing serious for axe. The software coordinator's tabs and her refusal on
// another contract are in classic-manage.spec.ts (CL-8).

async function noSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, what).toEqual([]);
}

const TABS = [
  { label: "Overview", path: "", text: "Term and roles" },
  { label: "Users", path: "/users", text: "Classic users" },
  { label: "Billing & renewal", path: "/billing", text: "Manage renewal and billing" },
  { label: "Roles", path: "/roles", text: "Software coordinator" },
  { label: "Activity", path: "/activity", text: "Contract activity" },
] as const;

test.describe("a contract's tabs", () => {
  test.use({ persona: "contractManager" });

  test("CL-3 CL-6 AU-2 each tab of a classic contract opens at its own URL for its contract manager, marked current in the tabs and the breadcrumbs", async ({ page }) => {
    test.slow();
    const base = await classicContractHref(page);
    for (const tab of TABS) {
      const response = await page.goto(`${base}${tab.path}`);
      expect(response?.status(), tab.label).toBe(200);
      const nav = page.getByRole("navigation", { name: "Contract" });
      await expect(nav.getByRole("link")).toHaveText(TABS.map((t) => t.label));
      await expect(nav.locator('[aria-current="page"]')).toHaveText(tab.label);
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      await expect(crumbs.getByRole("link")).toHaveText(["Account", "Contracts", /.+/]);
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText(tab.label);
      await expect(page.getByRole("heading", { name: tab.text }).first()).toBeVisible();
    }
  });

  test("CL-3 a link from before the tabs that searched the contract's classic users goes on to the Users tab with its search", async ({ page }) => {
    const base = await classicContractHref(page);
    await page.goto(`${base}?q=example`);
    await expect(page).toHaveURL(`${base}/users?q=example`);
    await expect(page.getByRole("searchbox", { name: "Search classic users" })).toHaveValue("example");
  });

  test("CL-3 HY-2 'Add classic users' opens from the Users tab's header with the keyboard and closes with Escape, focus back on the button", async ({ page }) => {
    test.slow(); // axe with a dialog open takes seconds on a busy machine
    await page.goto(`${await classicContractHref(page)}/users`);
    const open = page.getByRole("button", { name: "Add classic users" });
    await open.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Add classic users" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("form", { name: "Add many classic users" })).toBeVisible();
    await noSeriousViolations(page, "users tab with the add dialog open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test("CL-3 a classic user's '…' menu opens from the keyboard; its removal confirms with the effect and Escape cancels it", async ({ page }) => {
    test.slow(); // axe with a dialog open takes seconds on a busy machine
    await page.goto(`${await classicContractHref(page)}/users`);
    const menuButton = page.getByRole("button", { name: /^Actions for / }).first();
    await menuButton.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitem", { name: "Remove from this contract" })).toBeFocused();
    await noSeriousViolations(page, "users tab with a row menu open");
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("stops being a classic user of this contract");
    await expect(confirm).toContainText("(HY-2)");
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await noSeriousViolations(page, "users tab with a removal confirmation open");
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(menuButton).toBeFocused();
  });

  test("CL-6 CL-10 a coordinator change confirms in a dialog stating its effects; Escape changes nothing", async ({ page }) => {
    test.slow(); // axe with a dialog open takes seconds on a busy machine
    await page.goto(`${await classicContractHref(page)}/roles`);
    const region = page.getByRole("region", { name: "Software coordinator" });
    const before = await region.textContent();
    await region.getByRole("textbox").fill("nobody.changes@example.test");
    await region.getByRole("button", { name: /^(Assign|Replace) coordinator$/ }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("nobody.changes@example.test becomes the software coordinator");
    await expect(confirm).toContainText("(CL-10)");
    await noSeriousViolations(page, "roles tab with the coordinator confirmation open");
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await page.reload();
    await expect(region).toHaveText(before ?? "");
  });
});
