import { expect, type Locator, type Page } from "@playwright/test";

// The console's controls as a person uses them; `row` is the table row (or any region) holding the control.

/**
 * Chooses an option of the row's role selector (components/ui/select.tsx) and confirms the
 * change; returns the options the selector offered, each with whether it was enabled.
 */
export async function chooseRole(row: Locator, role: string, confirm = "Change role"): Promise<{ name: string; enabled: boolean }[]> {
  const page = row.page();
  await row.getByRole("combobox").click();
  const listbox = page.getByRole("listbox");
  await expect(listbox).toBeVisible();
  const offered: { name: string; enabled: boolean }[] = [];
  for (const o of await listbox.getByRole("option").all()) offered.push({ name: (await o.innerText()).split("\n")[0]!.trim(), enabled: (await o.getAttribute("aria-disabled")) !== "true" });
  await listbox.getByRole("option", { name: new RegExp(`^${role}`) }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: confirm }).click();
  return offered;
}

/** Opens the row's "…" menu (components/ui/row-menu.tsx), picks an item and returns the confirmation it opened. */
export async function rowMenu(row: Locator, item: string | RegExp): Promise<Locator> {
  const page = row.page();
  await row.getByRole("button", { name: /^Actions for / }).click();
  await page.getByRole("menuitem", { name: item }).click();
  return page.getByRole("alertdialog");
}

/** Shares a project item from its "…" menu and returns the public link the dialog shows once. */
export async function shareItem(page: Page, itemName: string): Promise<string> {
  await page.getByRole("button", { name: `Actions for ${itemName}` }).click();
  await page.getByRole("menuitem", { name: "Share by link" }).click();
  const dialog = page.getByRole("dialog", { name: `Public link to ${itemName}` });
  const status = dialog.getByRole("status");
  await expect(status).toContainText("/share/");
  const url = (await status.textContent())!.match(/https?:\/\/\S+\/share\/[A-Za-z0-9_-]+/)![0];
  await page.keyboard.press("Escape");
  return url;
}

/** Picks a project role in a member's selector (no confirmation: the role applies at once, the service refuses what the rules forbid). */
export async function chooseProjectRole(page: Page, selectorName: RegExp, role: string): Promise<void> {
  await page.getByRole("combobox", { name: selectorName }).click();
  await page.getByRole("option", { name: role, exact: true }).click();
}

/** The toast (components/ui/toaster.tsx) that reports an action's result. */
export const toastWith = (page: Page, text: string | RegExp): Locator => page.locator("[data-sonner-toast]").filter({ hasText: text });
