import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outboxEmails } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { enqueueEmail } from "./enqueue-email";
import { sendDueEmails } from "./sender";
import type { OutgoingEmail, Transport } from "./transport";

// The lease side of EM-1 ("never lost, never twice"): a sender that crashed, or that took
// longer than its lease, hands the email over to another sender cleanly.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("outboxlease");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.delete(outboxEmails);
});

type Recorder = Transport & { delivered: string[] };
function transport(via: Transport["via"], during: (email: OutgoingEmail) => Promise<void> = async () => {}): Recorder {
  const delivered: string[] = [];
  return {
    via,
    delivered,
    deliver: async (email) => {
      await during(email);
      delivered.push(email.subject);
    },
  };
}

const row = async (id: string) => (await t.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;
const expireLease = (id: string) => t.db.update(outboxEmails).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(outboxEmails.id, id));
const enqueue = (subject: string) => t.db.transaction((tx) => enqueueEmail(tx, { kind: "role-changed", to: "person@example.test", subject, text: "Body" }));

describe("outbox leases", () => {
  it("EM-1 an email claimed by a sender that crashed is delivered by another once its lease has expired, never lost", async () => {
    const id = await enqueue("after a crash");
    // What a sender leaves behind when its process dies mid-delivery: claimed, leased, not sent.
    await t.db.update(outboxEmails).set({ status: "sending", attempts: 1, lockedUntil: new Date(Date.now() + 60_000) }).where(eq(outboxEmails.id, id));
    const other = transport("smtp");
    expect((await sendDueEmails(t.db, other)).sent).toBe(0);
    expect(other.delivered).toEqual([]);
    await expireLease(id);
    expect(await sendDueEmails(t.db, other)).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(other.delivered).toEqual(["after a crash"]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lockedUntil: null });
  });

  it("EM-1 a sender whose lease ran out mid-batch does not deliver the emails another sender has reclaimed (never twice)", async () => {
    const first = await enqueue("first");
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 60_000) }).where(eq(outboxEmails.id, first));
    const second = await enqueue("second");
    const other = transport("smtp");
    // Sender A claims both; its first delivery is so slow that the second email's lease runs
    // out, and sender B reclaims and delivers it meanwhile.
    const slow = transport("smtp", async (email) => {
      if (email.id !== first) return;
      await expireLease(second);
      expect((await sendDueEmails(t.db, other)).sent).toBe(1);
    });
    expect((await sendDueEmails(t.db, slow, { limit: 2 })).sent).toBe(1);
    expect(slow.delivered).toEqual(["first"]);
    expect(other.delivered).toEqual(["second"]);
    expect(await row(second)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("EM-1 a sender that lost its lease during a delivery does not mark the email sent under the new holder's lease", async () => {
    const id = await enqueue("contested");
    let releaseB: (ok: boolean) => void = () => {};
    let bStarted!: () => void;
    const bInside = new Promise<void>((resolve) => (bStarted = resolve));
    const b = transport("mailbox", async () => {
      bStarted();
      if (!(await new Promise<boolean>((resolve) => (releaseB = resolve)))) throw new Error("SMTP 451 try later");
    });
    let bRun: Promise<unknown> = Promise.resolve();
    const a = transport("smtp", async () => {
      await expireLease(id);
      bRun = sendDueEmails(t.db, b);
      // B is delivering now (or, when the lease was not handed over, has already finished).
      await Promise.race([bInside, bRun]);
    });
    // A's delivery returns after B has taken the email over: A records nothing.
    expect(await sendDueEmails(t.db, a)).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(await row(id)).toMatchObject({ status: "sending", attempts: 2, sentAt: null, deliveredVia: null });
    // B's delivery fails: the email goes back to the queue under B's decision, not "sent".
    releaseB(false);
    expect(await bRun).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 2, lastError: "SMTP 451 try later" });
  });
});
