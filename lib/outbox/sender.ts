import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { oneLine } from "./one-line";
import { defaultTransport, isPermanent, type Transport } from "./transport";

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

type Claimed = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Claims up to `limit` due emails. FOR UPDATE SKIP LOCKED lets several senders (app
 * instances) run at once without taking the same row; the lease returns a row whose
 * sender died mid-delivery to the queue once it runs out.
 */
async function claim(db: Db, limit: number, now: Date): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(
        or(
          and(eq(outboxEmails.status, "pending"), lte(outboxEmails.nextAttemptAt, now)),
          and(eq(outboxEmails.status, "sending"), lte(outboxEmails.lockedUntil, now)),
        ),
      )
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxEmails)
      .set({
        status: "sending",
        lockedUntil: new Date(now.getTime() + LEASE_MS),
        attempts: sql`${outboxEmails.attempts} + 1`,
      })
      .where(inArray(outboxEmails.id, due.map((d) => d.id)))
      .returning({
        id: outboxEmails.id,
        to: outboxEmails.to,
        subject: outboxEmails.subject,
        text: outboxEmails.text,
        attempts: outboxEmails.attempts,
      });
  });
}

export type SendReport = { sent: number; retried: number; dead: number };

/**
 * `limit`: emails claimed per run; `now`: the clock (tests move it instead of sleeping through a
 * back-off); `sleep`: the wait between tries to record a delivery (tests pass one that returns at once).
 */
export type SendOptions = { limit?: number; now?: () => Date; sleep?: (ms: number) => Promise<void> };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a delivered email's "sent" mark is retried: well inside the lease, so no other sender takes it meanwhile. */
const MARK_SENT_WITHIN_MS = LEASE_MS - 60_000;

/**
 * The claim's `attempts` is its fencing token: every claim increments it, so a sender
 * whose lease ran out and was reclaimed by another no longer matches, and its late writes
 * change nothing (the new holder decides what happens to the email).
 */
const heldBy = (email: Claimed) => and(eq(outboxEmails.id, email.id), eq(outboxEmails.status, "sending"), eq(outboxEmails.attempts, email.attempts));

/** Renews this sender's lease just before delivering; false when another sender has reclaimed the email. */
async function renewLease(db: Db, email: Claimed, now: Date): Promise<boolean> {
  const rows = await db
    .update(outboxEmails)
    .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
    .where(heldBy(email))
    .returning({ id: outboxEmails.id });
  return rows.length === 1;
}

/** Returns claimed emails this sender will not deliver to the queue, as they were before the claim. */
async function release(db: Db, emails: readonly Claimed[]): Promise<void> {
  for (const email of emails) {
    await db
      .update(outboxEmails)
      .set({ status: "pending", lockedUntil: null, attempts: sql`${outboxEmails.attempts} - 1` })
      .where(heldBy(email));
  }
}

/**
 * Records a delivery. The SMTP server has the email now, so a failure to write that down (the
 * database restarting, a dropped connection) must never be taken for a failed delivery: that
 * would send it again. The write is repeated (it is idempotent, fenced by the claim) until it
 * lands or the lease is nearly out; only a database down for minutes can still cause a repeat.
 */
async function markSent(db: Db, email: Claimed, via: string, now: () => Date, sleep: (ms: number) => Promise<void>): Promise<boolean> {
  const giveUpAt = Date.now() + MARK_SENT_WITHIN_MS;
  for (let wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
    try {
      const marked = await db
        .update(outboxEmails)
        .set({ status: "sent", sentAt: now(), lockedUntil: null, deliveredVia: via, lastError: null })
        .where(heldBy(email))
        .returning({ id: outboxEmails.id });
      return marked.length === 1;
    } catch (error) {
      if (Date.now() + wait > giveUpAt) {
        console.error(`outbox: email ${email.id} was delivered but could not be recorded as sent; it may be sent again once its lease runs out.`, error);
        return false;
      }
      await sleep(wait);
    }
  }
}

/**
 * Delivers what is due once. Each row is marked sent (or rescheduled) right after its own
 * delivery, and only while this sender still holds its lease: a batch that outlived its
 * lease skips the emails another sender has taken over, so they are not sent twice. With no
 * SMTP and no development mailbox nothing is claimed: emails wait.
 */
export async function sendDueEmails(db: Db, transport?: Transport, { limit = 20, now = () => new Date(), sleep = realSleep }: SendOptions = {}): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, dead: 0 };
  const t = transport ?? (await defaultTransport(db));
  if (!t) return report;
  const batch = await claim(db, limit, now());
  for (const [i, email] of batch.entries()) {
    let mine: boolean;
    try {
      mine = await renewLease(db, email, now());
    } catch (error) {
      // The database went away mid-batch: give the rest back now rather than when their lease runs out.
      await release(db, batch.slice(i)).catch(() => undefined);
      throw error;
    }
    if (!mine) continue;
    let delivered = false;
    try {
      await t.deliver(email);
      delivered = true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A 5xx for this email (or an address we refuse to use) fails at once; anything else
      // (4xx, a lost connection, a 5xx to the login) is retried until MAX_ATTEMPTS.
      const permanent = isPermanent(error);
      const dead = permanent || email.attempts >= MAX_ATTEMPTS;
      // A dead email stays in the table with its error, to be seen and requeued: never lost.
      const marked = await db
        .update(outboxEmails)
        .set({
          status: dead ? "dead" : "pending",
          lockedUntil: null,
          lastError: message.slice(0, 500),
          nextAttemptAt: new Date(now().getTime() + backoffMs(email.attempts)),
        })
        .where(heldBy(email))
        .returning({ id: outboxEmails.id });
      if (marked.length === 0) continue;
      if (dead) {
        report.dead++;
        const why = permanent ? "refused" : `failed ${email.attempts} times`;
        console.warn(`outbox: email ${email.id} to ${oneLine(email.to)} ${why}, kept as dead; see npm run outbox:send -- --list. ${oneLine(message)}`);
      } else report.retried++;
    }
    if (delivered && (await markSent(db, email, t.via, now, sleep))) report.sent++;
  }
  return report;
}

/** Puts dead emails back in the queue (after an SMTP outage, say). */
export async function requeueDead(db: Db): Promise<number> {
  const rows = await db
    .update(outboxEmails)
    .set({ status: "pending", attempts: 0, nextAttemptAt: new Date() })
    .where(eq(outboxEmails.status, "dead"))
    .returning({ id: outboxEmails.id });
  return rows.length;
}

const LOOP = Symbol.for("portal.outbox.loop");
type G = typeof globalThis & { [LOOP]?: ReturnType<typeof setInterval> };

/** Polls the outbox in this process; every instance may run one (claims never overlap). */
export function startOutboxLoop(db: Db, everyMs = Number(process.env.OUTBOX_POLL_MS ?? 2000)): void {
  const g = globalThis as G;
  if (g[LOOP]) return;
  let running = false;
  g[LOOP] = setInterval(() => {
    if (running) return;
    running = true;
    sendDueEmails(db)
      .catch((error: unknown) => console.error("outbox sender:", error))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  g[LOOP].unref?.();
}
