import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import { namedUsers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { loadPersonFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addNamedUser } from "./add-named-user";
import { importNamedUsers } from "./import-named-users";
import { readNamedUserCount } from "./named-user-count";
import { removeNamedUser } from "./remove-named-user";

let w: DemoTestWorld;
let hybrid: string;

beforeAll(async () => {
  w = await createDemoWorldDb("named_user_count");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

const counted = async () => (await w.db.select({ n: count() }).from(namedUsers).where(eq(namedUsers.accountId, hybrid)))[0]!.n;
/** The counter equals the rows, and the request's facts (By User's header) carry the same number. */
const exact = async () => {
  const n = await counted();
  expect(await readNamedUserCount(w.db, hybrid)).toBe(n);
  const facts = await loadPersonFacts(w.db, w.pid("primaryAdmin"));
  expect(facts.accounts.find((a) => a.accountId === hybrid)?.namedUsers).toBe(n);
};
const add = (email: string) => execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: hybrid, email, firstName: "Count", lastName: "Ed" });

describe("the named-user counter (PostgreSQL)", () => {
  it("UM-5 the migration's backfill equals the seeded accounts' named users", async () => {
    const [row] = (await w.db.execute(sql`
      select count(*)::int as n from (select account_id, count(*)::int as n from named_users group by 1) a
      full join named_user_counts c using (account_id) where coalesce(a.n, 0) <> coalesce(c.users, 0)`)) as unknown as { n: number }[];
    expect(row!.n).toBe(0);
    await exact();
  });

  it("UM-5 the count stays exact after an add, an import and a removal", async () => {
    const before = await readNamedUserCount(w.db, hybrid);
    const added = await add(`one.${Date.now()}@count.test`);
    expect(added.ok).toBe(true);
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before + 1);
    const imported = await importNamedUsers(w.db, w.actor("primaryAdmin"), hybrid, ["email,first,last", "a@count2.test,A,One", "b@count2.test,B,Two", "c@count2.test,C,Three"].join("\n"));
    expect(imported.type).toBe("done");
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before + 4);
    const [gone] = await w.db.select({ personId: namedUsers.personId }).from(namedUsers).innerJoin(sql`people p`, sql`p.id = ${namedUsers.personId}`).where(sql`p.email = 'b@count2.test'`);
    const removed = await execute(w.db, w.actor("primaryAdmin"), removeNamedUser, { accountId: hybrid, personId: gone!.personId });
    expect(removed.ok).toBe(true);
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before + 3);
    await exact();
  });

  it("UM-5 UM-9 a failed import and a rolled-back insert leave the count as it was", async () => {
    const before = await readNamedUserCount(w.db, hybrid);
    // More ACD assignments than there are seats: the import refuses as a whole (UM-9).
    const rows = Array.from({ length: 400 }, (_, i) => `u${i}@count3.test,U,N${i},ACD`);
    const failed = await importNamedUsers(w.db, w.actor("primaryAdmin"), hybrid, ["email,first,last,products", ...rows].join("\n"));
    expect(failed.type).toBe("failed");
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before);
    // Rows inserted (the trigger ran) and then rolled back take their count with them.
    const person = w.pid("namedUser");
    await expect(
      w.db.transaction(async (tx) => {
        await tx.delete(namedUsers).where(eq(namedUsers.personId, person));
        await tx.execute(sql`select 1`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before);
    await exact();
  });

  it("UM-5 two concurrent adds to one account both count", async () => {
    const before = await readNamedUserCount(w.db, hybrid);
    const stamp = Date.now();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => add(`race${i}.${stamp}@count4.test`)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await readNamedUserCount(w.db, hybrid)).toBe(before + 6);
    await exact();
  });
});
