import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { checkInvariants } from "./invariants";
import { formatReport } from "./report";
import { runFuzz, type FuzzReport } from "./runner";
import { installTracing } from "./trace";
import { buildWorld, type World } from "./world";

// The short, fixed-seed version of the concurrency fuzz (issue 14); `npm run fuzz` runs the
// long one. Real PostgreSQL: PGlite runs transactions one at a time.
const SEED = 20261214;
const OPS = 960;
const WORKERS = 16;
const BATCH = 320;

let t: TestDb;
let world: World;
let report: FuzzReport;

beforeAll(async () => {
  t = await createTestDb("fuzz");
  world = await buildWorld(t.db);
  await installTracing(t.db);
  report = await runFuzz({ db: t.db, world, seed: SEED, ops: OPS, workers: WORKERS, batch: BATCH });
}, 240_000);
afterAll(async () => {
  await t?.drop();
});

describe("concurrency fuzz: 16 workers at once on PostgreSQL, invariants checked with SQL after each batch", () => {
  it("ran every operation kind from 16 workers, and both allowed and refused operations happened", () => {
    expect(report.workers).toBeGreaterThanOrEqual(16);
    expect(report.ops).toBeGreaterThanOrEqual(OPS);
    for (const [kind, f] of Object.entries(report.byKind)) expect(f.total, kind).toBeGreaterThan(0);
    expect(report.acknowledged).toBeGreaterThan(report.ops / 5);
    expect(report.refused).toBeGreaterThan(report.ops / 5);
  });

  it("UM-1 UM-4 UM-10 CL-1 CL-6 UM-9 CL-12 HB-7 HB-8 PR-6 AU-1 EM-1 held after every batch, with no 5xx", () => {
    // The figures and each finding (with its operation) say what broke; replay with the seed.
    expect(report.findings, formatReport(report)).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.invariantChecks).toBeGreaterThan(0);
    expect(report.accountingChecks).toBe(report.ops - report.skipped);
  });

  // Each breakage is made by hand in a transaction that is rolled back, and must be reported.
  const breakages: [string, (w: World) => SQL | SQL[]][] = [
    ["UM-1", (w) => sql`delete from account_admins where account_id = ${w.accounts[0]!.id} and role = 'primary'`],
    ["HB-8", (w) => sql`update hub_members set active = false where hub_id = ${w.hubs[0]!.id} and role = 'hub_admin'`],
    ["UM-9/CL-12 counters", (w) => sql`update named_seat_counts set assigned = assigned + 1 where account_id = ${w.accounts[0]!.id}`],
    ["CL-12", (w) => {
      const cd1 = w.contracts.find((c) => c.key === "CD1")!.id;
      return [
        sql`alter table contract_products drop constraint contract_products_seats, drop constraint contract_products_assigned`,
        sql`insert into classic_assignments (contract_id, person_id, product_id)
          select u.contract_id, u.person_id, cp.product_id from classic_users u join contract_products cp using (contract_id) where u.contract_id = ${cd1} limit 1
          on conflict do nothing`,
        sql`update contract_products set seats = 0 where contract_id = ${cd1}`,
      ];
    }],
    ["HB-7", (w) => [
      sql`drop index invitations_one_live`,
      sql`insert into invitations (hub_id, email, hub_role, status, token_hash, expires_at)
        select ${w.hubs[0]!.id}, 'twice@elsewhere.example', 'hub_member', 'pending', md5(g::text), now() + interval '1 day' from generate_series(1, 2) g`,
    ]],
    // A membership no event accounts for (one written outside a use case, or an event lost).
    // Someone of the cast who is not a member of the hub now, whatever the fuzz did.
    ["AU-1 ledger: hub members", (w) => sql`insert into hub_members (hub_id, person_id, role)
      select ${w.hubs[0]!.id}, p.id, 'hub_member' from people p
      where p.email not like '%@fill.example' and not exists (select 1 from hub_members m where m.hub_id = ${w.hubs[0]!.id} and m.person_id = p.id)
      order by p.email limit 1`],
    ["AU-1 ledger: named assignments", (w) => sql`delete from named_assignments where account_id = ${w.accounts[2]!.id}`],
    ["AU-1 ledger: contract roles", (w) => sql`update contracts set contract_manager_id = ${w.people[5]!.personId} where id = ${w.contracts[0]!.id}`],
  ];
  class Rollback extends Error {}
  /** The invariants broken by `change` (rows matching a known bug left out). */
  async function brokenBy(db: Db, change: SQL | SQL[]): Promise<string[]> {
    let ids: string[] = [];
    await db
      .transaction(async (tx) => {
        for (const statement of Array.isArray(change) ? change : [change]) await tx.execute(statement);
        ids = (await checkInvariants(tx)).filter((b) => b.rows.length > 0).map((b) => b.id);
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return ids;
  }

  it.each(breakages)("the checks are not vacuous: %s broken by hand is reported", async (id, change) => {
    expect(await brokenBy(t.db, change(world))).toContain(id);
  });

  it("after the hand-made breakages (rolled back) every invariant holds again", async () => {
    expect((await checkInvariants(t.db)).flatMap((b) => b.rows)).toEqual([]);
  });

  it("AU-1 a join event with no join behind it (a double join, test/fuzz/found.test.ts) and a membership no event accounts for are both reported", async () => {
    const h1 = world.hubs[0]!.id;
    // Someone of the cast who is a member of the hub now, whatever the fuzz did.
    const [member] = (await t.db.execute(sql`select m.person_id as id from hub_members m join people p on p.id = m.person_id
      where m.hub_id = ${h1} and p.email not like '%@fill.example' order by p.email limit 1`)) as unknown as { id: string }[];
    const a1 = member!.id;
    const doubleJoin = sql`insert into audit_events (action, hub_id, target_type, target_id) values ('hub.member_joined', ${h1}, 'hub_member', ${a1})`;
    expect(await brokenBy(t.db, doubleJoin)).toContain("AU-1 ledger: hub members");
    const lostDeparture = sql`delete from hub_members where hub_id = ${h1} and person_id = ${a1}`;
    expect(await brokenBy(t.db, [lostDeparture])).toContain("AU-1 ledger: hub members");
  });
});
