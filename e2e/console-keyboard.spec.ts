import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { demoHubName } from "../lib/demo/personas";
import { expect, test } from "./fixtures";
import { hubIdOn } from "./support/account-ids";
import { projectHref } from "./support/pages";

// Issue 15: the console's row menus, selectors and dialogs work from the keyboard alone —
// reached with Tab, opened with Enter, moved with the arrows, closed with Escape with the
// focus back on what opened them — and axe finds nothing serious with a dialog open.

async function noSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, what).toEqual([]);
}

/** Tabs from the page's start until `target` has the focus (at most `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  await page.locator("body").focus();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("the control was not reached with Tab");
}

test.describe("keyboard", () => {
  test.use({ persona: "hubAdmin" });

  test("HB-6 a hub member's '…' menu and its confirmation open, move and close from the keyboard; focus returns to the menu button", async ({ page }) => {
    test.slow();
    await page.goto("/hubs");
    const hubId = await hubIdOn(page, demoHubName);
    await page.goto(`/hubs/${hubId}/members`);
    const menuButton = page.getByRole("button", { name: /^Actions for / }).first();
    await tabTo(page, menuButton);
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await noSeriousViolations(page, "members page with a row menu open");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(menuButton).toBeFocused();

    // The menu's first enabled item opens its confirmation; Escape cancels it, nothing changes.
    await page.keyboard.press("Enter");
    await expect(menu).toBeVisible();
    const enabled = menu.locator('[role="menuitem"]:not([data-disabled])').first();
    await enabled.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await noSeriousViolations(page, "members page with a confirmation open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });

  test("HB-10 a hub role selector opens with Enter, offers its roles and closes with Escape without changing the role", async ({ page }) => {
    await page.goto("/hubs");
    const hubId = await hubIdOn(page, demoHubName);
    await page.goto(`/hubs/${hubId}/members`);
    const selector = page.getByRole("combobox", { name: /^Hub role: / }).first();
    const before = await selector.textContent();
    await tabTo(page, selector);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("listbox")).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("listbox")).toHaveCount(0);
    await expect(selector).toBeFocused();
    await expect(selector).toHaveText(before ?? "");
  });

  test("HB-7 a sent invitation's '…' menu opens from the keyboard; its cancel confirmation closes with Escape, focus back on the menu button, and the invitation stays", async ({ page }) => {
    test.slow();
    await page.goto("/hubs");
    const hubId = await hubIdOn(page, demoHubName);
    await page.goto(`/hubs/${hubId}/invitations`);
    const rowMenu = /^Actions for the invitation to /;
    const row = page.getByTestId("sent-invitations").getByRole("row").filter({ has: page.getByRole("button", { name: rowMenu }) }).filter({ hasText: "Pending" }).first();
    const menuButton = row.getByRole("button", { name: rowMenu });
    await tabTo(page, menuButton, 300);
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await noSeriousViolations(page, "invitations page with a row menu open");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(menuButton).toBeFocused();

    await page.keyboard.press("Enter");
    await menu.getByRole("menuitem", { name: "Cancel invitation" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: /^Cancel the invitation to / });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel", exact: true })).toBeFocused();
    await noSeriousViolations(page, "invitations page with the cancel confirmation open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(menuButton).toBeFocused();
    await expect(row).toContainText("Pending");
  });

  test("PR-1 a project item's '…' menu opens the rename dialog from the keyboard; Escape closes it", async ({ page }) => {
    test.slow();
    await page.goto(await projectHref(page, "Gearbox Redesign"));
    const menuButton = page.getByRole("region", { name: "Content" }).getByRole("button", { name: /^Actions for / }).first();
    await menuButton.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Rename" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: /^Rename / });
    await expect(dialog).toBeVisible();
    await noSeriousViolations(page, "project page with the rename dialog open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(menuButton).toBeFocused();
  });
});

test.describe("page-header dialogs", () => {
  test.use({ persona: "hubAdmin" });

  test("PR-3 a project's 'Invite by email' dialog opens with Enter, passes axe and closes with Escape, focus back on its button", async ({ page }) => {
    await page.goto(await projectHref(page, "Supplier Tooling"));
    const trigger = page.getByRole("button", { name: "Invite by email" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Invite by email" });
    await expect(dialog).toBeVisible();
    await noSeriousViolations(page, "project page with the invite dialog open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });
});

test.describe("create hub dialog", () => {
  test.use({ persona: "primaryAdmin" });

  test("HB-1 the hubs page's 'Create hub' dialog opens with Enter, passes axe and closes with Escape, focus back on its button", async ({ page }) => {
    await page.goto("/hubs");
    const trigger = page.getByRole("button", { name: /^Create hub/ }).first();
    await trigger.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: /^Create a hub in / });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Hub name")).toBeVisible();
    await noSeriousViolations(page, "hubs page with the create dialog open");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });
});

test.describe("skip link", () => {
  test.use({ persona: "hubAdmin" });

  test("the first Tab on a portal page reaches 'Skip to content', which moves the focus to the page past the navigation", async ({ page }) => {
    await page.goto("/hubs");
    const hubId = await hubIdOn(page, demoHubName);
    await page.goto(`/hubs/${hubId}/members`);
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab lands inside the page, not in the navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  });
});

// The account pages' header dialogs (issue 15): each opens from its header button with the
// keyboard, passes axe while open, fits a 390 px screen, and closes with Escape back to its button.
test.describe("account dialogs", () => {
  test.use({ persona: "primaryAdmin" });

  const DIALOGS = [
    { path: "users", button: "Add user", dialog: "Add a user" },
    { path: "users", button: "Import CSV", dialog: "Import users from CSV" },
    { path: "admins", button: "Add secondary admin", dialog: "Add a secondary admin" },
    { path: "admins", button: "Grant SSO admin", dialog: "Grant the SSO admin role" },
    { path: "sso", button: "Add domain", dialog: "Add an email domain" },
  ] as const;

  test("UM-3 UM-5 HB-1 the account pages' add dialogs open from the keyboard, pass axe, fit 390 px and close with Escape", async ({ page }) => {
    test.slow();
    await page.goto("/");
    const base = page.url().replace(/\/accounts\/([0-9a-f-]{36}).*$/, "/accounts/$1");
    for (const d of DIALOGS) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${base}/${d.path}`);
      const trigger = page.getByRole("button", { name: d.button, exact: true });
      await trigger.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: d.dialog });
      await expect(dialog).toBeVisible();
      await noSeriousViolations(page, `${d.path} with "${d.dialog}" open`);
      await page.setViewportSize({ width: 390, height: 844 });
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, `${d.dialog} fits 390 px`).toBe(true);
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);
      await expect(trigger).toBeFocused();
    }
  });

  test("UM-2 UM-3 a secondary admin's '…' menu opens from the keyboard, its confirmation states the change and Escape returns to the menu button", async ({ page }) => {
    await page.goto("/");
    const base = page.url().replace(/\/accounts\/([0-9a-f-]{36}).*$/, "/accounts/$1");
    await page.goto(`${base}/admins`);
    const menuButton = page.getByTestId("secondary-admin-row").first().getByRole("button", { name: /^Actions for / });
    await tabTo(page, menuButton);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menu")).toBeVisible();
    await page.getByRole("menuitem", { name: "Make primary admin" }).focus();
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog", { name: /the primary admin\?$/ });
    await expect(confirm.getByTestId("primary-admin-change-preview")).toBeVisible();
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await noSeriousViolations(page, "admins with the change-of-primary confirmation open");
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(menuButton).toBeFocused();
  });
});
