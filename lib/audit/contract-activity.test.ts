import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { actionLabel } from "./action-labels";
import { auditCsvStream } from "./export-audit-csv";
import { writeAudit } from "./write-audit";
import { listAuditActions, listAuditEvents } from "./list-audit-events";

// A contract manager sees the log of their contracts (AU-2): one contract's log holds that
// contract's events and nothing of the account's other contracts, nor account-wide events.
let t: TestDb;
const account = randomUUID();
const mine = randomUUID();
const theirs = randomUUID();

beforeAll(async () => {
  t = await createTestDb("contractlog");
  const event = (i: number, contractId: string | null, action: string) => ({
    at: sql`${`2026-04-0${1 + (i % 5)} 10:00:00+00`}::timestamptz`,
    actorLabel: "Daniel Weber",
    action,
    accountId: account,
    contractId,
    targetType: "contract",
    targetId: contractId,
    targetLabel: `${contractId === mine ? "mine" : contractId === theirs ? "theirs" : "account"} ${i}`,
  });
  await t.db.insert(auditEvents).values([
    ...Array.from({ length: 7 }, (_, i) => event(i, mine, "contract.renewed")),
    ...Array.from({ length: 5 }, (_, i) => event(i, theirs, "contract.manager_changed")),
    ...Array.from({ length: 3 }, (_, i) => event(i, null, "account.primary_admin_changed")),
  ]);
});
afterAll(async () => {
  await t?.drop();
});

describe("a contract's activity log", () => {
  it("AU-2 a contract's log lists its own events only: no other contract's, no account-wide event", async () => {
    const rows: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(t.db, { contractId: mine }, {}, { after, limit: 3 });
      rows.push(...page.rows.map((r) => r.targetLabel));
      after = page.next;
    } while (after);
    expect(rows.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `mine ${i}`).sort());
    expect((await listAuditEvents(t.db, { contractId: theirs }, {}, { after: null, limit: 50 })).rows.map((r) => r.action)).toEqual(Array(5).fill("contract.manager_changed"));
  });

  it("AU-2 a contract's action filter and CSV export hold only that contract's events", async () => {
    expect(await listAuditActions(t.db, { contractId: mine })).toEqual(["contract.renewed"]);
    const text = await new Response(auditCsvStream(t.db, { contractId: mine }, {})).text();
    const lines = text.trimEnd().split("\r\n").slice(1);
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.includes("mine ") && !l.includes("theirs") && !l.includes("account "))).toBe(true);
  });

  it("AU-2 a page of exactly the log's size has no next page; page sizes are kept between 1 and 500", async () => {
    const all = await listAuditEvents(t.db, { contractId: mine }, {}, { after: null, limit: 7 });
    expect(all.rows).toHaveLength(7);
    expect(all.next).toBeNull();
    const one = await listAuditEvents(t.db, { contractId: mine }, {}, { after: null, limit: 0 });
    expect(one.rows).toHaveLength(1);
    expect(one.next).not.toBeNull();
    expect((await listAuditEvents(t.db, { contractId: mine }, {}, { after: null })).rows).toHaveLength(7);
    expect((await listAuditEvents(t.db, { contractId: mine }, {}, { after: null, limit: 10_000 })).rows).toHaveLength(7);
  });

  it("AU-1 an event written with only what it must name is stored with empty scopes, no change set and no side effects", async () => {
    const id = randomUUID();
    await t.db.transaction((tx) => writeAudit(tx, { actorId: null, action: "test.minimal", contractId: id, targetType: "contract" }));
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.contractId, id));
    expect(row).toMatchObject({ actorLabel: "system", accountId: null, hubId: null, targetId: null, targetLabel: "", before: null, after: null, sideEffects: [] });
    const [listed] = (await listAuditEvents(t.db, { contractId: id }, {}, { after: null })).rows;
    expect(listed?.sideEffects).toEqual([]);
  });

  it("AU-2 the log names actions in words, and an action it has no words for by its key", () => {
    expect(actionLabel("contract.renewed")).not.toBe("contract.renewed");
    expect(actionLabel("test.unknown_action")).toBe("test.unknown_action");
  });
});
