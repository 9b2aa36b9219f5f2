import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { namedAssignments } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { assignNamedProduct, lockNamedSeats, unassignNamedProduct } from "./named-seats";

let w: DemoTestWorld;
let accountId: string;

beforeAll(async () => {
  w = await createDemoWorldDb("seats");
  accountId = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

describe("named seats", () => {
  it("UM-9 an assignment past the seats of the active named contracts is refused", async () => {
    const rvt = await w.productId("RVT");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, rvt));
    expect(seats.assigned).toBe(seats.total);
    const [someone] = await w.withoutProduct(accountId, rvt);
    const outcome = await w.db.transaction((tx) => assignNamedProduct(tx, accountId, rvt, [someone!]));
    expect(outcome).toEqual({ assigned: [], alreadyAssigned: [], noSeat: [someone], notNamedUsers: [] });
  });

  it("UM-9 an expired named contract's seats do not count", async () => {
    const maya = await w.productId("MAYA");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, maya));
    expect(seats.total).toBe(0);
  });

  it("UM-9 two admins taking the last seats at the same moment cannot both win (PostgreSQL, many parallel transactions)", async () => {
    const acd = await w.productId("ACD");
    const before = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, acd));
    const free = before.total - before.assigned;
    expect(free).toBeGreaterThan(0);
    const candidates = (await w.withoutProduct(accountId, acd)).slice(0, free + 8);
    expect(candidates.length).toBeGreaterThan(free);
    const outcomes = await Promise.all(
      candidates.map((personId) => w.db.transaction((tx) => assignNamedProduct(tx, accountId, acd, [personId]))),
    );
    const won = outcomes.flatMap((o) => o.assigned);
    const refused = outcomes.flatMap((o) => o.noSeat);
    expect(won).toHaveLength(free);
    expect(refused).toHaveLength(candidates.length - free);
    const [count] = await w.db
      .select({ n: sql<number>`count(*)::int` })
      .from(namedAssignments)
      .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, acd)));
    expect(count?.n).toBe(before.total);
    // Freeing a seat lets the next one in.
    await w.db.transaction((tx) => unassignNamedProduct(tx, accountId, acd, [won[0]!]));
    const again = await w.db.transaction((tx) => assignNamedProduct(tx, accountId, acd, [refused[0]!]));
    expect(again.assigned).toEqual([refused[0]]);
  });

  it("UM-9 a batch fills the free seats in order and reports the rest, already-assigned people and non-users", async () => {
    const inv = await w.productId("INV");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, accountId, inv));
    const free = seats.total - seats.assigned;
    const candidates = (await w.withoutProduct(accountId, inv)).slice(0, free + 2);
    const holder = (await w.db.select({ personId: namedAssignments.personId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, inv))))[0]!.personId;
    const outsider = w.pid("classicUser");
    const outcome = await w.db.transaction((tx) => assignNamedProduct(tx, accountId, inv, [...candidates, holder, outsider]));
    expect(outcome.assigned).toEqual(candidates.slice(0, free));
    expect(outcome.noSeat).toEqual(candidates.slice(free));
    expect(outcome.alreadyAssigned).toEqual([holder]);
    expect(outcome.notNamedUsers).toEqual([outsider]);
  });
});
