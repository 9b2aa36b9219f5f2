import { expect, type Page } from "@playwright/test";

// By User steps shared by specs that add people of their own (unique emails) and remove them again.

/** Adds a named user through By User's "Add user" dialog (no product). */
export async function addNamedUser(page: Page, accountId: string, u: { first: string; last: string; email: string }): Promise<void> {
  await page.goto(`/accounts/${accountId}/users`);
  await page.getByRole("button", { name: "Add user", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("First name").fill(u.first);
  await form.getByLabel("Last name").fill(u.last);
  await form.getByLabel("Email").fill(u.email);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${u.email}`);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

/** Opens a named user's page from By User, searched by email. */
export async function openNamedUser(page: Page, accountId: string, email: string, name: string): Promise<void> {
  await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(email)}`);
  await page.getByTestId("named-users-table").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Removes a named user from the account, from their page. */
export async function removeNamedUser(page: Page, accountId: string, email: string, name: string): Promise<void> {
  await openNamedUser(page, accountId, email, name);
  await page.getByRole("button", { name: "Remove from the account" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/users$`));
}
