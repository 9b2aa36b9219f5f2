import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/personas";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { planContracts, planProducts } from "./large-account-plan";
import { adminEmailFor, seedLargeAccount, type LargeSeedSummary } from "./large-account";

const USERS = 2000;
const DOMAIN = "large-test.example";

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)) as unknown as T[];
}

describe("seed-large", () => {
  let t: TestDb;
  let seeded: LargeSeedSummary;

  beforeAll(async () => {
    t = await createTestDb("seedlarge");
    seeded = await seedLargeAccount(t.db, { users: USERS, accountName: "Large Test Corp", domain: DOMAIN, secondaryAdmins: 4 });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("UM-1 UM-3 the large account has its named users, one primary admin, its secondary admins and the planned assignments", async () => {
    const [counts] = await rows<{ named: number; people: number; primary: number; secondary: number; assignments: number; contracts: number }>(
      t.db,
      sql`select
        (select count(*)::int from named_users where account_id = ${seeded.accountId}) as named,
        (select count(*)::int from people where email like ${`%@${DOMAIN}`}) as people,
        (select count(*)::int from account_admins where account_id = ${seeded.accountId} and role = 'primary') as primary,
        (select count(*)::int from account_admins where account_id = ${seeded.accountId} and role = 'secondary') as secondary,
        (select count(*)::int from named_assignments where account_id = ${seeded.accountId}) as assignments,
        (select count(*)::int from contracts where account_id = ${seeded.accountId} and management = 'named') as contracts`,
    );
    const planned = planProducts(USERS);
    // The procurement contact who bought the expansion is a person but no named user.
    expect(counts).toEqual({
      named: USERS,
      people: USERS + 1,
      primary: 1,
      secondary: 4,
      assignments: planned.reduce((sum, p) => sum + p.holders, 0),
      contracts: planContracts(planned).length,
    });
    expect(seeded.assignments).toBe(counts!.assignments);
  });

  it("UM-9 the large account's assignments stay within seats", async () => {
    const products = await rows<{ code: string; seats: number; assigned: number }>(
      t.db,
      sql`select p.code,
          (select coalesce(sum(cp.seats), 0)::int from contract_products cp join contracts c on c.id = cp.contract_id
            where c.account_id = ${seeded.accountId} and c.management = 'named' and c.status = 'active' and cp.product_id = p.id) as seats,
          (select count(*)::int from named_assignments na where na.account_id = ${seeded.accountId} and na.product_id = p.id) as assigned
        from products p`,
    );
    expect(products.filter((p) => p.assigned > 0)).toHaveLength(planProducts(USERS).length);
    for (const p of products) expect(p.assigned, p.code).toBeLessThanOrEqual(p.seats);
    // Fusion is bought without spare seats: full, as a real account's busiest product is.
    expect(products.find((p) => p.code === "F360")).toMatchObject({ assigned: planProducts(USERS).find((p) => p.code === "F360")!.seats });
  });

  it("PU-2 the purchaser is the primary admin, a named user, and signs in with the demo password", async () => {
    const [admin] = await rows<{ email: string; status: string; hash: string; is_demo: boolean; purchased: number }>(
      t.db,
      sql`select p.email, nu.status, p.password_hash as hash, p.is_demo,
          (select count(*)::int from contracts c where c.account_id = aa.account_id and c.purchased_by = p.id and c.contract_manager_id = p.id) as purchased
        from account_admins aa join people p on p.id = aa.person_id
        join named_users nu on nu.account_id = aa.account_id and nu.person_id = aa.person_id
        where aa.account_id = ${seeded.accountId} and aa.role = 'primary'`,
    );
    expect(admin).toMatchObject({ email: adminEmailFor(DOMAIN), status: "active", is_demo: true, purchased: 1 });
    expect(verifyPassword(DEMO_PASSWORD, admin!.hash)).toBe(true);
    const [demo] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from instance_settings where key = 'demo_world'`);
    expect(demo!.n).toBe(1);
  });

  it("UM-4 seeding the same domain again is refused, since its admin already administers an account", async () => {
    await expect(seedLargeAccount(t.db, { users: 20, accountName: "Again", domain: DOMAIN })).rejects.toThrow(/already the primary admin/);
  });
});
