import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditEvents, namedAssignments } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { lockNamedSeats } from "@/lib/seats/named-seats";
import { assignProductToUsers } from "./assign-product-to-users";

let w: DemoTestWorld;
let accountId: string;

beforeAll(async () => {
  w = await createDemoWorldDb("batchassign");
  accountId = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

async function holders(pid: string): Promise<number> {
  const [row] = await w.db
    .select({ n: sql<number>`count(*)::int` })
    .from(namedAssignments)
    .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, pid)));
  return row?.n ?? 0;
}

describe("By Product: assigning a product to several users at once", () => {
  it("UM-9 UM-5 a secondary admin's batch fills the free seats and refuses the rest with the seat-limit reason", async () => {
    const inv = await w.productId("INV");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, inv));
    const free = seats.total - seats.assigned;
    expect(free).toBeGreaterThan(0);
    const people = (await w.withoutProduct(accountId, inv)).slice(0, free + 2);
    const result = await execute(w.db, w.actor("secondaryAdmin"), assignProductToUsers, { accountId, productId: inv, personIds: people });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.assigned.map((p) => p.personId)).toEqual(people.slice(0, free));
    expect(result.data.refused.map((p) => [p.personId, p.rule])).toEqual(people.slice(free).map((id) => [id, "UM-9"]));
    expect(result.data.refused[0]!.reason).toMatch(/No Inventor seat is left.*\(UM-9\)/);
    expect(await holders(inv)).toBe(seats.total);
  });

  it("UM-9 a full product refuses every person of the batch and changes nothing", async () => {
    const rvt = await w.productId("RVT");
    const before = await holders(rvt);
    const people = (await w.withoutProduct(accountId, rvt)).slice(0, 3);
    const result = await execute(w.db, w.actor("primaryAdmin"), assignProductToUsers, { accountId, productId: rvt, personIds: people });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.assigned).toEqual([]);
    expect(result.data.refused.every((r) => r.rule === "UM-9")).toBe(true);
    expect(await holders(rvt)).toBe(before);
  });

  it("UM-9 many parallel batches through the use case never take a product past its seats (PostgreSQL)", async () => {
    const acd = await w.productId("ACD");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, acd));
    const free = seats.total - seats.assigned;
    const pool = await w.withoutProduct(accountId, acd);
    expect(pool.length).toBeGreaterThan(free + 4);
    const admins = [w.actor("primaryAdmin"), w.actor("secondaryAdmin"), w.actor("secondaryAdmin2")];
    // 12 batches of 3 overlapping people each, all at once, by three admins.
    const batches = Array.from({ length: 12 }, (_, i) => [0, 1, 2].map((k) => pool[(i * 2 + k) % pool.length]!));
    const results = await Promise.all(batches.map((personIds, i) => execute(w.db, admins[i % 3]!, assignProductToUsers, { accountId, productId: acd, personIds })));
    const won = results.flatMap((r) => (r.ok ? r.data.assigned.map((p) => p.personId) : []));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(won).size).toBe(won.length);
    expect(won).toHaveLength(free);
    expect(await holders(acd)).toBe(seats.total);
    const events = await w.db
      .select({ targetId: auditEvents.targetId })
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, accountId), eq(auditEvents.action, "named_user.product_assigned"), inArray(auditEvents.targetId, won), sql`${auditEvents.after}->>'product' = 'AutoCAD'`));
    expect(events.map((e) => e.targetId).sort()).toEqual([...won].sort());
  });

  it("AU-1 each assignment of a batch writes its audit event in the same transaction, stamped with the actor", async () => {
    const f360 = await w.productId("F360");
    const [person] = await w.withoutProduct(accountId, f360);
    const result = await execute(w.db, w.actor("secondaryAdmin"), assignProductToUsers, { accountId, productId: f360, personIds: [person!] });
    expect(result.ok && result.data.assigned.map((p) => p.personId)).toEqual([person]);
    const [row] = await w.db
      .select({ assignedAt: namedAssignments.assignedAt })
      .from(namedAssignments)
      .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, f360), eq(namedAssignments.personId, person!)));
    const events = await w.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "named_user.product_assigned"), eq(auditEvents.targetId, person!), eq(auditEvents.accountId, accountId), sql`${auditEvents.after}->>'product' = 'Fusion'`));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: w.pid("secondaryAdmin"), actorLabel: "Marcus Chen", targetType: "named_user", after: { product: "Fusion" } });
    // now() is the transaction's start time in PostgreSQL: equal stamps mean one transaction.
    expect(events[0]!.at.getTime()).toBe(row!.assignedAt.getTime());
  });

  it("UM-5 an SSO admin, a named user and a contract manager are refused with the rule, and nothing is written", async () => {
    const inv = await w.productId("INV");
    const before = await holders(inv);
    const people = (await w.withoutProduct(accountId, inv)).slice(0, 1);
    const expected = { ssoAdmin: "HB-1", namedUser: "UM-5", contractManager: "HY-3" } as const;
    for (const [persona, rule] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const result = await execute(w.db, w.actor(persona), assignProductToUsers, { accountId, productId: inv, personIds: people });
      expect({ persona, result }).toMatchObject({ persona, result: { ok: false, code: "denied", rule } });
    }
    expect(await holders(inv)).toBe(before);
  });

  it("UM-7 another account's admin is answered not found; HY-1 so is a product the account has no named contract for", async () => {
    const acd = await w.productId("ACD");
    const people = (await w.withoutProduct(accountId, acd)).slice(0, 1);
    const other = await execute(w.db, w.actor("otherAccountAdmin"), assignProductToUsers, { accountId, productId: acd, personIds: people });
    expect(other).toMatchObject({ ok: false, code: "not_found" });
    const civil = await w.productId("CIVIL3D");
    const classicOnlyProduct = await execute(w.db, w.actor("primaryAdmin"), assignProductToUsers, { accountId, productId: civil, personIds: people });
    expect(classicOnlyProduct).toMatchObject({ ok: false, code: "not_found" });
    const classicAccount = await execute(w.db, w.actor("classicOnlyManager"), assignProductToUsers, { accountId: w.world.accountIds.classicOnly, productId: acd, personIds: [w.pid("classicOnlyManager")] });
    expect(classicAccount).toMatchObject({ ok: false, code: "not_found" });
  });

  it("UM-5 people who are not named users of the account are refused without revealing who they are", async () => {
    const f360 = await w.productId("F360");
    const outsider = w.pid("otherAccountAdmin");
    const result = await execute(w.db, w.actor("primaryAdmin"), assignProductToUsers, { accountId, productId: f360, personIds: [outsider] });
    expect(result).toMatchObject({ ok: true, data: { assigned: [], refused: [{ personId: outsider, label: "Unknown user", rule: "UM-5" }] } });
  });
});
