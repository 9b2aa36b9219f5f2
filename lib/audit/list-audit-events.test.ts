import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { auditEvents, contracts } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { parseAuditFilters } from "./audit-filters";
import { accountAccess, authorizeAccount } from "@/lib/actions/authorize-account";
import { accountLogScope } from "./account-log-scope";
import { AUDIT_CSV_HEADER, auditCsvStream } from "./export-audit-csv";
import { listAuditActions, listAuditEvents, type AuditScope } from "./list-audit-events";

let w: DemoTestWorld;
let hybrid: string;
const PROBE = "test.page_probe";

beforeAll(async () => {
  w = await createDemoWorldDb("auditlog");
  hybrid = w.world.accountIds.hybrid;
  // 60 events over 4 timestamps with microseconds, so most share their time with others:
  // the keyset must break ties by id and keep the microseconds.
  const times = ["2026-03-01 09:00:00.000001+00", "2026-03-01 09:00:00.000002+00", "2026-03-02 23:59:59.999999+00", "2026-03-03 00:00:00+00"];
  await w.db.insert(auditEvents).values(
    Array.from({ length: 60 }, (_, i) => ({
      at: sql`${times[i % times.length]}::timestamptz`,
      actorId: i % 2 === 0 ? w.pid("primaryAdmin") : w.pid("secondaryAdmin"),
      actorLabel: i % 2 === 0 ? "Priya Raman" : "Marcus Chen",
      action: PROBE,
      accountId: hybrid,
      targetType: "named_user",
      targetId: `target-${i}`,
      targetLabel: i === 8 ? '=HYPERLINK("http://evil.example","click")' : `Probe ${i} <probe${i}@northwind.example>`,
      after: { n: i },
    })),
  );
  // Another account's event with the same action: never in Northwind's log.
  await w.db.insert(auditEvents).values({ actorLabel: "Grace Liu", action: PROBE, accountId: w.world.accountIds.namedOnly, targetType: "named_user", targetLabel: "Probe contoso" });
});
afterAll(async () => {
  await w?.drop();
});

async function everyPage(scope: AuditScope, filters: Parameters<typeof listAuditEvents>[2], limit: number) {
  const rows: Awaited<ReturnType<typeof listAuditEvents>>["rows"] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(w.db, scope, filters, { after, limit });
    rows.push(...page.rows);
    after = page.next;
  } while (after);
  return rows;
}

describe("the account's activity log", () => {
  it("AU-2 the account's admins may read it; another account's admin gets not found; a named user and a contract manager are refused", async () => {
    const may = (key: Parameters<typeof w.pid>[0]) => authorizeAccount(w.db, w.pid(key), hybrid, "activity.viewAccount");
    expect(await may("primaryAdmin")).toBeNull();
    expect(await may("secondaryAdmin")).toBeNull();
    expect(await may("otherAccountAdmin")).toMatchObject({ ok: false, code: "not_found" });
    expect(await may("namedUser")).toMatchObject({ ok: false, code: "denied", rule: "AU-2" });
    expect(await may("contractManager")).toMatchObject({ ok: false, code: "denied", rule: "AU-2" });
  });

  it("AU-2 keyset pages over (at desc, id desc) have no gaps or duplicates, even across equal timestamps", async () => {
    const rows = await everyPage({ accountId: hybrid, contracts: "all" }, { action: PROBE }, 7);
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.id)).size).toBe(60);
    const sorted = [...rows].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
    // JS dates drop microseconds: the order is checked to the millisecond, completeness by ids.
    expect(rows.map((r) => r.at.getTime())).toEqual(sorted.map((r) => r.at.getTime()));
    expect(rows.every((r) => r.action === PROBE)).toBe(true);
    // The whole log (seeded events too) pages the same way.
    const all = await everyPage({ accountId: hybrid, contracts: "all" }, {}, 9);
    const [count] = await w.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, hybrid), or(isNull(auditEvents.hubId), eq(auditEvents.action, "hub.created"))));
    expect(all).toHaveLength(count!.n);
    expect(new Set(all.map((r) => r.id)).size).toBe(count!.n);
  });

  it("AU-2 filters by actor name or email, action, target and UTC days", async () => {
    const scope: AuditScope = { accountId: hybrid, contracts: "all" };
    const byName = await everyPage(scope, { action: PROBE, actor: "marcus" }, 100);
    expect(byName).toHaveLength(30);
    const byEmail = await everyPage(scope, { action: PROBE, actor: "priya.raman@northwind" }, 100);
    expect(byEmail).toHaveLength(30);
    expect(byEmail[0]!.actorEmail).toBe("priya.raman@northwind.example");
    expect(await everyPage(scope, { action: PROBE, target: "probe12@" }, 100)).toHaveLength(1);
    expect(await everyPage(scope, { action: PROBE, target: "target-13" }, 100)).toHaveLength(1);
    // 2026-03-01 holds the first two timestamps; 03-02 ends a microsecond before 03-03.
    expect(await everyPage(scope, { action: PROBE, from: "2026-03-01", to: "2026-03-01" }, 100)).toHaveLength(30);
    expect(await everyPage(scope, { action: PROBE, from: "2026-03-02", to: "2026-03-02" }, 100)).toHaveLength(15);
    expect(await everyPage(scope, { action: PROBE, from: "2026-03-03" }, 100)).toHaveLength(15);
    const wildcard = await everyPage(scope, { action: PROBE, target: "%" }, 100);
    expect(wildcard).toHaveLength(0);
    const actions = await listAuditActions(w.db, scope);
    expect(actions).toContain(PROBE);
    expect(actions).toContain("account.secondary_admin_granted");
  });

  it("AU-2 URL filters are read leniently: a bad date is dropped with a message, an inverted range is refused", () => {
    expect(parseAuditFilters({ actor: " priya ", action: "", from: "2026-03-01" })).toEqual({ filters: { actor: "priya", from: "2026-03-01" }, errors: {} });
    const bad = parseAuditFilters(new URLSearchParams("from=yesterday&target=x"));
    expect(bad.filters).toEqual({ target: "x" });
    expect(bad.errors.from).toBeTruthy();
    const inverted = parseAuditFilters({ from: "2026-03-05", to: "2026-03-01" });
    expect(inverted.filters).toEqual({ from: "2026-03-05" });
    expect(inverted.errors.to).toMatch(/start date/);
  });

  it("AU-2 a scope keeps logs apart: an account's, a contract's, a hub's", async () => {
    const other = await everyPage({ accountId: w.world.accountIds.namedOnly, contracts: "all" }, { action: PROBE }, 50);
    expect(other.map((r) => r.targetLabel)).toEqual(["Probe contoso"]);
    const [contract] = await w.db.select({ id: contracts.id }).from(contracts).where(eq(contracts.accountId, hybrid)).limit(1);
    const contractLog = await everyPage({ contractId: contract!.id }, {}, 50);
    expect(contractLog.length).toBeGreaterThan(0);
    const hubLog = await everyPage({ hubId: w.world.hubId }, {}, 50);
    expect(hubLog.some((r) => r.action === "hub.created")).toBe(true);
    expect(hubLog.some((r) => r.action === PROBE)).toBe(false);
  });

  it("UM-7 AU-2 a secondary admin's account log holds no event of a classic contract they neither manage nor coordinate, and nothing from inside a hub; the primary admin's holds every contract's", async () => {
    const scopeOf = async (key: Parameters<typeof w.pid>[0]) => {
      const access = await accountAccess(w.db, w.pid(key), hybrid, "activity.viewAccount");
      if (!("actor" in access)) throw new Error(`${key} may not read the log`);
      return accountLogScope(access.actor, hybrid);
    };
    const classic = await w.db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.accountId, hybrid), eq(contracts.management, "classic")));
    const classicIds = new Set(classic.map((c) => c.id));
    const insideHub = await w.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.hubId, w.world.hubId), eq(auditEvents.action, "invitation.sent")));
    expect(insideHub.length).toBeGreaterThan(0);

    const primary = await everyPage(await scopeOf("primaryAdmin"), {}, 500);
    const primaryClassic = await w.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.accountId, hybrid), sql`${auditEvents.contractId} in (select id from contracts where management = 'classic')`));
    expect(primaryClassic.length).toBeGreaterThan(0);
    expect(primaryClassic.every((e) => primary.some((r) => r.id === e.id))).toBe(true);

    const secondary = await everyPage(await scopeOf("secondaryAdmin"), {}, 500);
    const secondaryIds = new Set(secondary.map((r) => r.id));
    expect(secondary.length).toBeGreaterThan(0);
    expect(primaryClassic.some((e) => secondaryIds.has(e.id))).toBe(false);
    for (const log of [primary, secondary]) {
      expect(log.some((r) => insideHub.some((e) => e.id === r.id))).toBe(false);
      expect(log.some((r) => r.action === "hub.created")).toBe(true);
    }
    expect(classicIds.size).toBeGreaterThan(0);
  });

  it("AU-2 the CSV export holds the filtered log and neutralises formulas", async () => {
    const bytes = await new Response(auditCsvStream(w.db, { accountId: hybrid, contracts: "all" }, { action: PROBE, actor: "priya" })).arrayBuffer();
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${AUDIT_CSV_HEADER.join(",")}\r\n`)).toBe(true);
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(31);
    const evil = lines.find((l) => l.includes("HYPERLINK"));
    expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines.slice(1).every((l) => l.includes("Priya Raman") && l.includes(PROBE))).toBe(true);
  });
});
