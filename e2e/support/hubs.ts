import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A name or address unique to this run, so specs never collide with each other or the demo world. */
export const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

/** An alert with this text (Next.js's route announcer is an alert too, so never "the" alert). */
export const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** Creates a hub from /hubs as the signed-in account admin (HB-1) and returns its id, from the settings page it opens. */
export async function createHub(page: Page, name: string): Promise<string> {
  await page.goto("/hubs");
  await page.getByLabel("Hub name").first().fill(name);
  await page.getByRole("button", { name: "Create hub" }).first().click();
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
