import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";

/** A name or address unique to this run, so specs never collide with each other or the demo world. */
export const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

/** An alert with this text (Next.js's route announcer is an alert too, so never "the" alert). */
export const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** Creates a hub from /hubs as the signed-in account admin (HB-1) and returns its id, from the settings page it opens. */
export async function createHub(page: Page, name: string): Promise<string> {
  await page.goto("/hubs");
  // The page header's "Create hub" (one per account the policy allows) opens a dialog.
  await page.getByRole("button", { name: /^Create hub/ }).first().click();
  const dialog = page.getByRole("dialog", { name: /^Create a hub in / });
  await dialog.getByLabel("Hub name").fill(name);
  await dialog.getByRole("button", { name: "Create hub" }).click();
  await expect(page).toHaveURL(/\/hubs\/[0-9a-f-]{36}\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  return /\/hubs\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

/** The newest invitation link emailed to `email`, from the development mailbox (waits for it). */
export async function mailboxInvitationLink(page: Page, email: string, after: string | null = null): Promise<string> {
  const link = page.getByTestId("mailbox-email").locator('a[href*="/invite/"]').first();
  let href: string | null = null;
  await expect
    .poll(
      async () => {
        await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
        href = (await link.count()) > 0 ? await link.getAttribute("href") : null;
        return href !== null && href !== after;
      },
      { message: `an invitation link for ${email} in /dev/mailbox`, timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
  return href!;
}

/**
 * Invites a pasted list from the hub's invitations page (the header's "Invite people" dialog),
 * waits for each address's result, closes the dialog and returns the results by address.
 */
export async function invite(page: Page, hubId: string, emails: string[]): Promise<Record<string, string>> {
  await page.goto(`/hubs/${hubId}/invitations`);
  const dialog = await openInviteDialog(page);
  await dialog.getByLabel("Email addresses").fill(emails.join(", "));
  await dialog.getByRole("button", { name: "Invite", exact: true }).click();
  const results: Record<string, string> = {};
  for (const e of emails) {
    const row = dialog.getByTestId(`invite-result-${e}`);
    await expect(row).toBeVisible();
    results[e] = (await row.textContent()) ?? "";
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  return results;
}

/** Opens the invitations page's "Invite people" dialog. */
export async function openInviteDialog(page: Page) {
  await page.getByRole("button", { name: "Invite people" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite people to the hub" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Runs one of a sent invitation's row-menu items (Approve, Reject, Resend, Cancel invitation) on
 * the invitations page, confirming the ones that ask first (cancel, reject). `scope` is the page or a table.
 */
export async function invitationAction(scope: Page | Locator, email: string, item: "Approve" | "Reject" | "Resend" | "Cancel invitation"): Promise<void> {
  const page = "page" in scope ? scope.page() : scope;
  const button = scope.getByRole("button", { name: `Actions for the invitation to ${email}` });
  const menu = page.getByRole("menu");
  // A click that lands before the page hydrates opens nothing: click again until the menu is there.
  await expect(async () => {
    if (!(await menu.isVisible())) await button.click();
    await expect(menu).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await menu.getByRole("menuitem", { name: item, exact: true }).click();
  if (item === "Cancel invitation" || item === "Reject") await page.getByRole("alertdialog").getByRole("button", { name: item }).click();
}

/** Turns the hub's public sharing on or off from its settings page (off confirms: every link stops for good, HB-3). */
export async function setSharing(page: Page, on: boolean): Promise<void> {
  await page.getByRole("button", { name: on ? "Turn sharing on" : "Turn sharing off" }).click();
  if (!on) await page.getByRole("alertdialog").getByRole("button", { name: "Turn sharing off" }).click();
  await expect(page.getByRole("button", { name: on ? "Turn sharing off" : "Turn sharing on" })).toBeVisible();
}
