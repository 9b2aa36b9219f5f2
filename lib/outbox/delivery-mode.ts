import type { Db } from "@/db/client";
import { demoWorldPresent } from "@/lib/config/demo-world";

/**
 * How the outbox's emails leave it (EM-1 Decision):
 * - "smtp": SMTP_URL is set; emails go out through it, and there is no mailbox page.
 * - "mailbox": no SMTP, and either the demo world is seeded or DEV_MAILBOX=on says so
 *   explicitly: emails count as delivered to /dev/mailbox, which anyone reaching the portal
 *   can read (sign-in links included), so it is never on in a deployment by accident.
 * - "outbox": neither: emails wait in the outbox, undelivered (npm run outbox:send -- --list
 *   shows them), and the server warns at start.
 * DEV_MAILBOX=off turns the mailbox off even with the demo world.
 */
export type DeliveryMode = "smtp" | "mailbox" | "outbox";

export type DeliveryFacts = { smtp: boolean; devMailbox: string | undefined; demoWorld: boolean };

/** Pure, for tests and the README table: the mode for these facts. */
export function modeFor({ smtp, devMailbox, demoWorld }: DeliveryFacts): DeliveryMode {
  if (smtp) return "smtp";
  const flag = devMailbox?.trim().toLowerCase();
  if (flag === "on") return "mailbox";
  if (flag === "off") return "outbox";
  return demoWorld ? "mailbox" : "outbox";
}

export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

export async function deliveryMode(db: Db): Promise<DeliveryMode> {
  // The database is read only when the answer depends on it.
  if (smtpConfigured()) return "smtp";
  return modeFor({ smtp: false, devMailbox: process.env.DEV_MAILBOX, demoWorld: await demoWorldPresent(db) });
}

/** Whether /dev/mailbox exists (and the banners and links to it are shown). */
export async function devMailboxEnabled(db: Db): Promise<boolean> {
  return (await deliveryMode(db)) === "mailbox";
}

/** Why the mailbox is on, for its banner. */
export function mailboxReason(): string {
  return process.env.DEV_MAILBOX?.trim().toLowerCase() === "on" ? "DEV_MAILBOX=on is set" : "the demo world is seeded in this database";
}

/** The same answer when the caller already knows whether the demo world is present (the request's facts). */
export function devMailboxFor(demoWorld: boolean): boolean {
  return modeFor({ smtp: smtpConfigured(), devMailbox: process.env.DEV_MAILBOX, demoWorld }) === "mailbox";
}
