import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { outboxEmails } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { enqueueEmail } from "./enqueue-email";
import { MAX_ATTEMPTS, backoffMs, requeueDead, sendDueEmails } from "./sender";
import type { OutgoingEmail, Transport } from "./transport";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("outbox");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(async () => {
  await t.db.delete(outboxEmails);
});

function recorder(fail: (e: OutgoingEmail) => boolean = () => false): Transport & { delivered: OutgoingEmail[] } {
  const delivered: OutgoingEmail[] = [];
  return {
    via: "smtp",
    delivered,
    deliver: async (email) => {
      await new Promise((r) => setTimeout(r, 2));
      if (fail(email)) throw new Error("SMTP 451 try later");
      delivered.push(email);
    },
  };
}

const mail = (i: number) => ({ kind: "role-changed" as const, to: `Person${i}@Example.test`, subject: `Hello ${i}`, text: "Body" });

describe("outbox sender", () => {
  it("EM-1 an email is written in the caller's transaction: a rolled-back change sends nothing", async () => {
    await t.db
      .transaction(async (tx) => {
        await enqueueEmail(tx, mail(1));
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    const transport = recorder();
    expect(await sendDueEmails(t.db, transport)).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(transport.delivered).toHaveLength(0);
  });

  it("EM-1 a committed email is delivered once, to the lower-cased address, and marked sent", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, mail(2)));
    const transport = recorder();
    expect((await sendDueEmails(t.db, transport)).sent).toBe(1);
    expect((await sendDueEmails(t.db, transport)).sent).toBe(0);
    expect(transport.delivered.map((e) => e.to)).toEqual(["person2@example.test"]);
    const [row] = await t.db.select().from(outboxEmails);
    expect(row?.status).toBe("sent");
    expect(row?.deliveredVia).toBe("smtp");
  });

  it("EM-1 a failed delivery is retried later with backoff and is never lost", async () => {
    const id = await t.db.transaction((tx) => enqueueEmail(tx, mail(3)));
    let failing = true;
    const transport = recorder(() => failing);
    expect((await sendDueEmails(t.db, transport)).retried).toBe(1);
    const [after] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    expect(after?.status).toBe("pending");
    expect(after?.lastError).toContain("451");
    expect(after!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + backoffMs(1) - 5_000);
    // Not due yet: nothing is attempted.
    expect((await sendDueEmails(t.db, transport)).retried).toBe(0);
    failing = false;
    await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 1000) });
    expect((await sendDueEmails(t.db, transport)).sent).toBe(1);
    expect(transport.delivered).toHaveLength(1);
  });

  it("EM-1 an email that keeps failing becomes dead, stays in the outbox, and can be requeued", async () => {
    await t.db.transaction((tx) => enqueueEmail(tx, mail(4)));
    const transport = recorder(() => true);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await t.db.update(outboxEmails).set({ nextAttemptAt: new Date(Date.now() - 1000) });
      await sendDueEmails(t.db, transport);
    }
    const [row] = await t.db.select().from(outboxEmails);
    expect(row?.status).toBe("dead");
    expect(row?.attempts).toBe(MAX_ATTEMPTS);
    expect(await requeueDead(t.db)).toBe(1);
    expect((await sendDueEmails(t.db, recorder())).sent).toBe(1);
  });

  it("EM-1 several senders running at once never deliver the same email twice (FOR UPDATE SKIP LOCKED)", async () => {
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++) await enqueueEmail(tx, mail(100 + i));
    });
    const transport = recorder();
    const senders = Array.from({ length: 6 }, async () => {
      for (;;) {
        const r = await sendDueEmails(t.db, transport, { limit: 5 });
        if (r.sent === 0) break;
      }
    });
    await Promise.all(senders);
    const ids = transport.delivered.map((e) => e.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const [left] = await t.db.select({ n: sql<number>`count(*)::int` }).from(outboxEmails).where(eq(outboxEmails.status, "pending"));
    expect(left?.n).toBe(0);
  });
});
