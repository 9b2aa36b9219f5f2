import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { namedAssignments, namedUsers, people, products } from "@/db/schema";
import { DomainError } from "@/lib/actions/result";
import { recordPurchaseInTransaction } from "@/lib/contracts/record-purchase";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { assignNamedProduct, lockNamedSeats, unassignNamedProduct } from "./named-seats";
import { findProductSeats, listProductSeats, productLabel } from "./product-seats";

// Named seats are the account's, per product, over its active named contracts only (UM-9).
// Every test buys its own accounts and makes its own people, so order does not matter.
let t: TestDb;
let db: Db;
let n = 0;

beforeAll(async () => {
  t = await createTestDb("named_seat_edges");
  db = t.db;
});
afterAll(async () => {
  await t?.drop();
});

async function product(name = "Edge"): Promise<string> {
  n++;
  const [row] = await db.insert(products).values({ code: `NE${n}`, name: `${name} ${n}` }).returning({ id: products.id });
  return row!.id;
}
type Line = { productId: string; seats: number };
async function buy(account: { accountId: string } | { newAccountName: string }, lines: Line[], over: { management?: "named" | "classic"; status?: "active" | "expired" } = {}) {
  n++;
  const { accountId } = await recordPurchaseInTransaction(db, {
    account,
    purchaser: { email: `buyer${n}@named-seats.test`, firstName: "Buyer", lastName: `${n}` },
    channel: "online",
    management: over.management ?? "named",
    status: over.status ?? "active",
    products: lines,
    termStart: "2025-01-01",
    renewalDate: "2026-01-01",
  });
  return accountId;
}
const newAccount = (lines: Line[]) => buy({ newAccountName: `Account ${n + 1}` }, lines);
/** New people, named users of each of the given accounts. */
async function namedUsersOf(count: number, ...accountIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    n++;
    const [row] = await db.insert(people).values({ email: `p${n}@named-seats.test`, firstName: "Pat", lastName: `${n}` }).returning({ id: people.id });
    ids.push(row!.id);
  }
  await db.insert(namedUsers).values(accountIds.flatMap((accountId) => ids.map((personId) => ({ accountId, personId, status: "active" as const }))));
  return ids;
}
const give = (accountId: string, productId: string, personIds: string[]) => db.insert(namedAssignments).values(personIds.map((personId) => ({ accountId, productId, personId })));
const holders = async (accountId: string, productId: string) =>
  (await db.select({ personId: namedAssignments.personId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, productId)))).map((r) => r.personId).sort();
const lock = (accountId: string, productId: string) => db.transaction((tx) => lockNamedSeats(tx, accountId, productId));
const empty = { assigned: [], alreadyAssigned: [], noSeat: [], notNamedUsers: [] };

describe("named seats: one account's product at a time (UM-9)", () => {
  it("UM-9 the seats are those of the account's active named contracts with the product, nothing else", async () => {
    const [p, q] = [await product(), await product()];
    const account = await newAccount([{ productId: p, seats: 3 }]);
    await buy({ accountId: account }, [{ productId: p, seats: 2 }, { productId: q, seats: 17 }]);
    await buy({ accountId: account }, [{ productId: p, seats: 7 }], { status: "expired" });
    await buy({ accountId: account }, [{ productId: p, seats: 11 }], { management: "classic" });
    await newAccount([{ productId: p, seats: 13 }]);
    expect(await lock(account, p)).toEqual({ total: 5, assigned: 0 });
    expect(await lock(account, await product())).toEqual({ total: 0, assigned: 0 });
  });

  it("UM-9 assigning an unknown product is not found", async () => {
    const account = await newAccount([{ productId: await product(), seats: 1 }]);
    const [pat] = await namedUsersOf(1, account);
    const missing = "00000000-0000-4000-8000-000000000000";
    const attempt = db.transaction((tx) => assignNamedProduct(tx, account, missing, [pat!]));
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
  });

  it("UM-9 a named user of another account only is not a named user here, and gets nothing", async () => {
    const p = await product();
    const [here, there] = [await newAccount([{ productId: p, seats: 5 }]), await newAccount([{ productId: p, seats: 5 }])];
    const [mine] = await namedUsersOf(1, here);
    const [theirs] = await namedUsersOf(1, there);
    expect(await db.transaction((tx) => assignNamedProduct(tx, here, p, [mine!, theirs!]))).toEqual({ ...empty, assigned: [mine], notNamedUsers: [theirs] });
    expect(await holders(there, p)).toEqual([]);
  });

  it("UM-9 holding the product in another account, or another product here, is not 'already assigned'", async () => {
    const [p, q] = [await product(), await product()];
    const [here, there] = [await newAccount([{ productId: p, seats: 5 }, { productId: q, seats: 5 }]), await newAccount([{ productId: p, seats: 5 }])];
    const [ana, ben] = await namedUsersOf(2, here, there);
    await give(there, p, [ana!]);
    await give(here, q, [ben!]);
    expect(await db.transaction((tx) => assignNamedProduct(tx, here, p, [ana!, ben!]))).toEqual({ ...empty, assigned: [ana, ben] });
    expect(await lock(here, p)).toEqual({ total: 5, assigned: 2 });
  });

  it("UM-9 a person listed twice takes one seat, exactly the free seats are filled, and an empty list changes nothing", async () => {
    const p = await product();
    const account = await newAccount([{ productId: p, seats: 2 }]);
    const [ana, ben, cy] = await namedUsersOf(3, account);
    expect(await db.transaction((tx) => assignNamedProduct(tx, account, p, []))).toEqual(empty);
    expect(await db.transaction((tx) => assignNamedProduct(tx, account, p, [ana!, ana!, ben!]))).toEqual({ ...empty, assigned: [ana, ben] });
    expect(await db.transaction((tx) => assignNamedProduct(tx, account, p, [ana!, cy!]))).toEqual({ ...empty, alreadyAssigned: [ana], noSeat: [cy] });
    expect(await lock(account, p)).toEqual({ total: 2, assigned: 2 });
  });

  it("UM-9 unassigning in one account leaves the same product of the same person in another, and other products", async () => {
    const [p, q] = [await product(), await product()];
    const [here, there] = [await newAccount([{ productId: p, seats: 5 }, { productId: q, seats: 5 }]), await newAccount([{ productId: p, seats: 5 }])];
    const [ana, ben] = await namedUsersOf(2, here, there);
    await give(here, p, [ana!]);
    await give(here, q, [ana!]);
    await give(there, p, [ana!]);
    expect(await db.transaction((tx) => unassignNamedProduct(tx, here, p, [ana!, ben!]))).toEqual([ana]);
    expect(await holders(here, p)).toEqual([]);
    expect(await holders(here, q)).toEqual([ana]);
    expect(await holders(there, p)).toEqual([ana]);
    expect(await db.transaction((tx) => unassignNamedProduct(tx, here, q, []))).toEqual([]);
    expect(await holders(here, q)).toEqual([ana]);
  });
});

describe("By Product seats (UM-9)", () => {
  it("UM-9 lists the products of the account's named contracts by name, active seats only, holders counted, never below 0 available", async () => {
    const [zed, alpha, gone, classicOnly] = [await product("Zed"), await product("Alpha"), await product("Gone"), await product("Classic")];
    const account = await newAccount([{ productId: zed, seats: 4 }, { productId: alpha, seats: 1 }]);
    await buy({ accountId: account }, [{ productId: gone, seats: 3 }, { productId: zed, seats: 9 }], { status: "expired" });
    await buy({ accountId: account }, [{ productId: classicOnly, seats: 3 }], { management: "classic" });
    await newAccount([{ productId: alpha, seats: 8 }]);
    const [ana, ben] = await namedUsersOf(2, account);
    await give(account, gone, [ana!, ben!]);
    await give(account, zed, [ana!]);
    const list = await listProductSeats(db, account);
    expect(list.map(({ productId, total, assigned, available }) => ({ productId, total, assigned, available }))).toEqual([
      { productId: alpha, total: 1, assigned: 0, available: 1 },
      { productId: gone, total: 0, assigned: 2, available: 0 },
      { productId: zed, total: 4, assigned: 1, available: 3 },
    ]);
    expect(await findProductSeats(db, account, zed)).toMatchObject({ productId: zed, total: 4, assigned: 1, available: 3 });
    expect(await findProductSeats(db, account, classicOnly)).toBeNull();
    expect(await productLabel(db, alpha)).toMatch(/^Alpha \d+$/);
    expect(await productLabel(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
