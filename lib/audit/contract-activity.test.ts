import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { auditCsvStream } from "./export-audit-csv";
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
});
