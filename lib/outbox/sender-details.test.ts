import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { outboxEmails } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { enqueueEmail, enqueueEmails } from "./enqueue-email";
import { MAX_ATTEMPTS, backoffMs, requeueDead, sendDueEmails, startOutboxLoop } from "./sender";
import type { OutgoingEmail, Transport } from "./transport";

// The sender's bookkeeping (EM-1): leases long enough to deliver under, backoff, errors kept
// readable, batches of the asked size, and dead emails that come back with a fresh start.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("outboxdetails");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.delete(outboxEmails);
});

const mail = (i: number) => ({ kind: "role-changed" as const, to: `p${i}@example.test`, subject: `S${i}`, text: "Body" });
const rows = () => t.db.select().from(outboxEmails);
const failing = (message: string): Transport => ({ via: "smtp", deliver: async () => Promise.reject(new Error(message)) });

describe("outbox sender bookkeeping", () => {
  it("EM-1 backoff doubles from 30 s per attempt and stops growing at one hour", () => {
    expect([0, 1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(8)).toBe(3_600_000);
    expect(backoffMs(30)).toBe(3_600_000);
    expect(MAX_ATTEMPTS).toBe(8);
  });

  it("EM-1 a sender holds a lease of about five minutes while it delivers, and clears it once sent", async () => {
    const id = await t.db.transaction((tx) => enqueueEmail(tx, mail(1)));
    let leaseLeft = 0;
    const watching: Transport = {
      via: "mailbox",
      deliver: async (email: OutgoingEmail) => {
        const [row] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.id, email.id));
        expect(row?.status).toBe("sending");
        leaseLeft = row!.lockedUntil!.getTime() - Date.now();
      },
    };
    expect(await sendDueEmails(t.db, watching)).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(leaseLeft).toBeGreaterThan(4 * 60_000);
    expect(leaseLeft).toBeLessThanOrEqual(5 * 60_000);
    const [row] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    expect(row).toMatchObject({ status: "sent", lockedUntil: null, deliveredVia: "mailbox", lastError: null, attempts: 1 });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it("EM-1 a failed attempt keeps the first 500 characters of the error and waits its backoff", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, mail(2)));
    const before = Date.now();
    expect(await sendDueEmails(t.db, failing(`SMTP 421 ${"x".repeat(700)}`))).toEqual({ sent: 0, retried: 1, dead: 0 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "pending", lockedUntil: null, attempts: 1 });
    expect(row!.lastError).toHaveLength(500);
    expect(row!.lastError!.startsWith("SMTP 421 x")).toBe(true);
    const wait = row!.nextAttemptAt.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(backoffMs(1) - 1000);
    expect(wait).toBeLessThan(backoffMs(2));
  });

  it("EM-1 an email becomes dead on its last allowed attempt, not before; requeued, it starts again from zero", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, mail(3)));
    await t.db.update(outboxEmails).set({ attempts: MAX_ATTEMPTS - 2 });
    expect(await sendDueEmails(t.db, failing("down"))).toEqual({ sent: 0, retried: 1, dead: 0 });
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await sendDueEmails(t.db, failing("down"))).toEqual({ sent: 0, retried: 0, dead: 1 });
    // Dead is not due: nothing is attempted however long it has waited.
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await sendDueEmails(t.db, failing("down"))).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(await requeueDead(t.db)).toBe(1);
    const [row] = await rows();
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await requeueDead(t.db)).toBe(0);
  });

  it("EM-1 one run claims at most `limit` emails, the longest-waiting first, and leaves the rest pending", async () => {
    await t.db.transaction((tx) => enqueueEmails(tx, [mail(10), mail(11), mail(12)]));
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 60_000) }).where(eq(outboxEmails.subject, "S12"));
    const delivered: string[] = [];
    const recorder: Transport = { via: "smtp", deliver: async (e) => void delivered.push(e.subject) };
    expect((await sendDueEmails(t.db, recorder, { limit: 2 })).sent).toBe(2);
    // The longest-waiting email is among the claimed ones (a claim returns its rows in no order).
    expect(delivered).toContain("S12");
    expect((await rows()).filter((r) => r.status === "pending")).toHaveLength(1);
    expect((await sendDueEmails(t.db, recorder, { limit: 2 })).sent).toBe(1);
  });

  it("EM-1 an email not yet due, or already sent, is not claimed", async () => {
    await t.db.transaction((tx) => enqueueEmails(tx, [mail(20), mail(21)]));
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() + 60_000) }).where(eq(outboxEmails.subject, "S20"));
    await t.db.update(outboxEmails).set({ status: "sent" }).where(eq(outboxEmails.subject, "S21"));
    expect(await sendDueEmails(t.db, failing("never called"))).toEqual({ sent: 0, retried: 0, dead: 0 });
  });

  it("EM-1 writing no emails writes nothing and does not fail the change", async () => {
    await t.db.transaction((tx) => enqueueEmails(tx, []));
    expect(await rows()).toEqual([]);
  });

  it("EM-1 a sender whose lease was taken over and whose delivery then failed leaves the email to the new holder", async () => {
    const id = await t.db.transaction((tx) => enqueueEmail(tx, mail(30)));
    const slowFailing: Transport = {
      via: "smtp",
      deliver: async () => {
        // Meanwhile its lease runs out and another sender delivers the email.
        await t.db.update(outboxEmails).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(outboxEmails.id, id));
        expect((await sendDueEmails(t.db, { via: "mailbox", deliver: async () => {} })).sent).toBe(1);
        throw new Error("SMTP 451 too late");
      },
    };
    expect(await sendDueEmails(t.db, slowFailing)).toEqual({ sent: 0, retried: 0, dead: 0 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", deliveredVia: "mailbox", lastError: null, attempts: 2 });
  });

  it("EM-1 the process's outbox loop delivers due emails by itself, and starts only once", async () => {
    const loop = Symbol.for("portal.outbox.loop");
    const g = globalThis as typeof globalThis & { [loop]?: ReturnType<typeof setInterval> };
    await t.db.transaction((tx) => enqueueEmail(tx, mail(40)));
    vi.stubEnv("SMTP_URL", "");
    // No demo world in this database: the development mailbox must be asked for (EM-1 Decision).
    vi.stubEnv("DEV_MAILBOX", "on");
    try {
      startOutboxLoop(t.db, 20);
      const first = g[loop];
      startOutboxLoop(t.db, 20);
      expect(g[loop]).toBe(first);
      await expect.poll(async () => (await rows())[0]?.status, { timeout: 10_000 }).toBe("sent");
    } finally {
      clearInterval(g[loop]);
      delete g[loop];
      vi.unstubAllEnvs();
    }
  });
});
