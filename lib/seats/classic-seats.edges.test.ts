import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { classicAssignments, classicUsers, contractProducts, people, products } from "@/db/schema";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { assignClassicProduct, lockClassicSeats, unassignClassicProduct } from "./classic-seats";

// Classic seats belong to one contract product (CL-12): every read and write is scoped to
// that contract and that product. Each test makes its own people and products, so that
// order and the other tests do not matter.
let w: DemoTestWorld;
let a: string; // Daniel's contract without a coordinator
let b: string; // Hannah's contract
let n = 0;

beforeAll(async () => {
  w = await createDemoWorldDb("classic_seat_edges");
  ({ noSc: a, hannahs: b } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

/** A new product on the given contracts, with `seats` seats on each. */
async function product(seats: number, ...contractIds: string[]): Promise<string> {
  n++;
  const [row] = await w.db.insert(products).values({ code: `EDGE${n}`, name: `Edge Product ${n}` }).returning({ id: products.id });
  if (contractIds.length) await w.db.insert(contractProducts).values(contractIds.map((contractId) => ({ contractId, productId: row!.id, seats })));
  return row!.id;
}
/** New people, classic users of each of the given contracts. */
async function classicUsersOf(count: number, ...contractIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    n++;
    const [row] = await w.db.insert(people).values({ email: `edge${n}@classic-seats.test`, firstName: "Edge", lastName: `${n}` }).returning({ id: people.id });
    ids.push(row!.id);
  }
  if (contractIds.length) await w.db.insert(classicUsers).values(contractIds.flatMap((contractId) => ids.map((personId) => ({ contractId, personId }))));
  return ids;
}
const holders = async (contractId: string, productId: string) =>
  (await w.db.select({ personId: classicAssignments.personId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId)))).map((r) => r.personId).sort();
const give = (contractId: string, productId: string, personIds: string[]) =>
  w.db.insert(classicAssignments).values(personIds.map((personId) => ({ contractId, productId, personId })));

describe("classic seats: one contract product at a time (CL-12)", () => {
  it("CL-12 unassigning a product on one contract leaves the same product of the same person on another contract", async () => {
    const p = await product(2, a, b);
    const [ada] = await classicUsersOf(1, a, b);
    await give(a, p, [ada!]);
    await give(b, p, [ada!]);
    expect(await w.db.transaction((tx) => unassignClassicProduct(tx, a, p, [ada!]))).toEqual([ada]);
    expect(await holders(a, p)).toEqual([]);
    expect(await holders(b, p)).toEqual([ada]);
    expect((await w.db.transaction((tx) => lockClassicSeats(tx, b, p)))!.assigned).toBe(1);
  });

  it("CL-12 unassigning one product leaves the person's other products, and returns only who had it", async () => {
    const [p, q] = [await product(3, a), await product(3, a)];
    const [ada, bob] = await classicUsersOf(2, a);
    await give(a, p, [ada!]);
    await give(a, q, [ada!, bob!]);
    expect(await w.db.transaction((tx) => unassignClassicProduct(tx, a, p, [ada!, bob!]))).toEqual([ada]);
    expect(await holders(a, p)).toEqual([]);
    expect(await holders(a, q)).toEqual([ada, bob].sort());
  });

  it("CL-12 unassigning nobody removes nothing", async () => {
    const p = await product(2, a);
    const [ada] = await classicUsersOf(1, a);
    await give(a, p, [ada!]);
    expect(await w.db.transaction((tx) => unassignClassicProduct(tx, a, p, []))).toEqual([]);
    expect(await holders(a, p)).toEqual([ada]);
  });

  it("CL-12 a classic user of another contract only is not a classic user here, and gets nothing", async () => {
    const p = await product(5, a, b);
    const [mine] = await classicUsersOf(1, a);
    const [theirs] = await classicUsersOf(1, b);
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [mine!, theirs!]));
    expect(outcome).toEqual({ assigned: [mine], alreadyAssigned: [], noSeat: [], notClassicUsers: [theirs] });
    expect(await holders(a, p)).toEqual([mine]);
    expect(await holders(b, p)).toEqual([]);
  });

  it("CL-12 holding the product on another contract, or another product here, is not 'already assigned'", async () => {
    const [p, q] = [await product(5, a, b), await product(5, a)];
    const [ada, bob] = await classicUsersOf(2, a, b);
    await give(b, p, [ada!]);
    await give(a, q, [bob!]);
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!, bob!]));
    expect(outcome).toEqual({ assigned: [ada, bob], alreadyAssigned: [], noSeat: [], notClassicUsers: [] });
    expect(await holders(a, p)).toEqual([ada, bob].sort());
  });

  it("CL-12 the seats are the contract product's: another contract's free seats of the same product do not count", async () => {
    const p = await product(1, a);
    await w.db.insert(contractProducts).values({ contractId: b, productId: p, seats: 5 });
    const [ada, bob] = await classicUsersOf(2, a);
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!, bob!]));
    expect(outcome).toEqual({ assigned: [ada], alreadyAssigned: [], noSeat: [bob], notClassicUsers: [] });
    expect(await w.db.transaction((tx) => lockClassicSeats(tx, a, p))).toEqual({ total: 1, assigned: 1 });
  });

  it("CL-12 a product the contract does not have gives no seat to anyone and writes nothing", async () => {
    const p = await product(4, b);
    const [ada] = await classicUsersOf(1, a, b);
    expect(await w.db.transaction((tx) => lockClassicSeats(tx, a, p))).toBeNull();
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!]));
    expect(outcome).toEqual({ assigned: [], alreadyAssigned: [], noSeat: [ada], notClassicUsers: [] });
    expect(await w.db.select().from(classicAssignments).where(eq(classicAssignments.productId, p))).toEqual([]);
  });

  it("CL-12 a person listed twice takes one seat; the last seat goes to the first in order; nobody listed gets an empty outcome", async () => {
    const p = await product(2, a);
    const [ada, bob, cy] = await classicUsersOf(3, a);
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!, ada!, bob!, cy!]));
    expect(outcome).toEqual({ assigned: [ada, bob], alreadyAssigned: [], noSeat: [cy], notClassicUsers: [] });
    expect(await w.db.transaction((tx) => assignClassicProduct(tx, a, p, []))).toEqual({ assigned: [], alreadyAssigned: [], noSeat: [], notClassicUsers: [] });
    const again = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!, cy!]));
    expect(again).toEqual({ assigned: [], alreadyAssigned: [ada], noSeat: [cy], notClassicUsers: [] });
    expect(await w.db.select().from(classicAssignments).where(and(eq(classicAssignments.productId, p), inArray(classicAssignments.personId, [cy!])))).toEqual([]);
  });

  it("CL-12 with exactly as many free seats as people, everyone gets one", async () => {
    const p = await product(2, a);
    const [ada, bob] = await classicUsersOf(2, a);
    const outcome = await w.db.transaction((tx) => assignClassicProduct(tx, a, p, [ada!, bob!]));
    expect(outcome).toEqual({ assigned: [ada, bob], alreadyAssigned: [], noSeat: [], notClassicUsers: [] });
    expect(await w.db.transaction((tx) => lockClassicSeats(tx, a, p))).toEqual({ total: 2, assigned: 2 });
  });
});
