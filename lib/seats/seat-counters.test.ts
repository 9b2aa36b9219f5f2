import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { classicAssignments, classicUsers, contractProducts, contracts, namedSeatCounts, namedUsers } from "@/db/schema";
import { SEAT_COUNT_MISMATCHES } from "@/db/seat-counts";
import { execute } from "@/lib/actions/define-action";
import { assignProduct } from "@/lib/accounts/named-users/assign-product";
import { removeNamedUserRows } from "@/lib/accounts/named-users/remove-rows";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { assignClassicProduct, classicNoSeatReason, lockClassicSeats, unassignClassicProduct } from "./classic-seats";
import { assignNamedProduct, lockNamedSeats, namedNoSeatReason, unassignNamedProduct } from "./named-seats";

let w: DemoTestWorld;
let hybrid: string;

beforeAll(async () => {
  w = await createDemoWorldDb("seat_counters");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

const mismatches = async () => {
  const [row] = (await w.db.execute(sql`select (${SEAT_COUNT_MISMATCHES})::int as n`)) as unknown as { n: number }[];
  return row!.n;
};

describe("seat counters (PostgreSQL)", () => {
  it("UM-9 CL-12 the seeded world's counters equal its assignments", async () => {
    expect(await mismatches()).toBe(0);
  });

  it("UM-9 concurrent assignments, unassignments and removals keep every named counter equal to the assignments, within the seats", async () => {
    const acd = await w.productId("ACD");
    const inv = await w.productId("INV");
    const free = await w.withoutProduct(hybrid, acd);
    const holders = (await w.db.select({ personId: namedUsers.personId }).from(namedUsers).where(eq(namedUsers.accountId, hybrid))).map((r) => r.personId);
    const removable = holders.filter((id) => id !== w.pid("primaryAdmin") && !free.includes(id)).slice(0, 6);
    const work: Promise<unknown>[] = [
      ...free.slice(0, 20).map((id) => w.db.transaction((tx) => assignNamedProduct(tx, hybrid, acd, [id]))),
      ...free.slice(0, 10).map((id) => w.db.transaction((tx) => assignNamedProduct(tx, hybrid, inv, [id]))),
      ...removable.slice(0, 3).map((id) => w.db.transaction((tx) => unassignNamedProduct(tx, hybrid, acd, [id]))),
      ...removable.slice(3).map((id) => w.db.transaction((tx) => removeNamedUserRows(tx, hybrid, [id]))),
    ];
    await Promise.all(work);
    expect(await mismatches()).toBe(0);
    for (const product of [acd, inv]) {
      const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, product));
      expect(seats.assigned).toBeLessThanOrEqual(seats.total);
    }
    const [row] = await w.db.select({ n: namedSeatCounts.assigned }).from(namedSeatCounts).where(and(eq(namedSeatCounts.accountId, hybrid), eq(namedSeatCounts.productId, acd)));
    expect(row?.n).toBe((await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, acd))).assigned);
  });

  it("CL-12 concurrent classic assignments take at most the contract's seats, and the counter follows unassignments and removals", async () => {
    const [line] = await w.db
      .select({ contractId: contractProducts.contractId, productId: contractProducts.productId })
      .from(contractProducts)
      .innerJoin(contracts, eq(contracts.id, contractProducts.contractId))
      .where(and(eq(contracts.accountId, hybrid), eq(contracts.management, "classic")))
      .limit(1);
    const { contractId, productId } = line!;
    const users = (await w.db.select({ personId: classicUsers.personId }).from(classicUsers).where(eq(classicUsers.contractId, contractId))).map((r) => r.personId);
    const before = (await w.db.transaction((tx) => lockClassicSeats(tx, contractId, productId)))!;
    const outcomes = await Promise.all(users.map((id) => w.db.transaction((tx) => assignClassicProduct(tx, contractId, productId, [id]))));
    const after = (await w.db.transaction((tx) => lockClassicSeats(tx, contractId, productId)))!;
    expect(after.assigned).toBe(after.total);
    expect(outcomes.flatMap((o) => o.assigned)).toHaveLength(before.total - before.assigned);
    expect(await mismatches()).toBe(0);
    const holder = (await w.db.select({ personId: classicAssignments.personId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId))).limit(2)).map((r) => r.personId);
    await Promise.all([
      w.db.transaction((tx) => unassignClassicProduct(tx, contractId, productId, [holder[0]!])),
      w.db.transaction((tx) => tx.delete(classicUsers).where(and(eq(classicUsers.contractId, contractId), eq(classicUsers.personId, holder[1]!)))),
    ]);
    expect((await w.db.transaction((tx) => lockClassicSeats(tx, contractId, productId)))!.assigned).toBe(after.total - 2);
    expect(await mismatches()).toBe(0);
  });

  it("UM-9 CL-12 the 'no seat left' reasons come from the seats modules and name their rule", () => {
    expect(namedNoSeatReason("Revit")).toMatch(/No Revit seat is left.*\(UM-9\)\.$/);
    expect(classicNoSeatReason("Civil 3D")).toMatch(/No Civil 3D seat is left.*\(CL-12\)\.$/);
  });

  it("UM-9 assignProduct (one product, one person) is refused, not ok, when no seat is left", async () => {
    const rvt = await w.productId("RVT");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, rvt));
    expect(seats.assigned).toBe(seats.total);
    const [someone] = await w.withoutProduct(hybrid, rvt);
    const result = await execute(w.db, w.actor("primaryAdmin"), assignProduct, { accountId: hybrid, personId: someone!, productId: rvt });
    expect(result).toMatchObject({ ok: false, code: "conflict", rule: "UM-9" });
    expect((await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, rvt))).assigned).toBe(seats.total);
  });
});
