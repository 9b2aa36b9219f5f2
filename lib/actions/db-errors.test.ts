import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { classicAssignments, classicUsers, contractProducts, products } from "@/db/schema";
import { lockedContractFacts } from "@/lib/contracts/contract-input";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { defineAction, execute } from "./define-action";
import { translateDbError } from "./db-errors";

// The database's own backstops (check constraints, unique indexes) must reach people as the
// rule they protect, never as "Something went wrong".
let w: DemoTestWorld;
let contractId: string;
let productId: string;
let users: string[];

beforeAll(async () => {
  w = await createDemoWorldDb("db_errors");
  contractId = (await hybridClassicContracts(w)).noSc;
  // A product of its own with one seat, so that two assignments are one too many.
  const [product] = await w.db.insert(products).values({ code: "CL12BK", name: "Backstop Suite" }).returning({ id: products.id });
  productId = product!.id;
  await w.db.insert(contractProducts).values({ contractId, productId, seats: 1 });
  users = (await w.db.select({ personId: classicUsers.personId }).from(classicUsers).where(eq(classicUsers.contractId, contractId))).map((r) => r.personId);
});
afterAll(async () => {
  await w?.drop();
});

/** Writes classic assignments straight into the table, skipping lockClassicSeats' count on purpose: only the database stands in the way. */
const assignPastTheCount = defineAction({
  input: z.object({ accountId: z.uuid(), contractId: z.uuid(), productId: z.uuid(), personIds: z.array(z.string()) }),
  action: "contracts.manageClassicAccess",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, input) => {
    await tx.insert(classicAssignments).values(input.personIds.map((personId) => ({ contractId: input.contractId, productId: input.productId, personId })));
    return { data: null, audit: { action: "test.classic_backstop", targetType: "contract" } };
  },
});

describe("database constraints as readable conflicts", () => {
  it("CL-12 the classic seat constraint (contract_products_assigned) reads as the seat rule, and nothing is assigned", async () => {
    expect(users.length).toBeGreaterThanOrEqual(2);
    const result = await execute(w.db, w.actor("contractManager"), assignPastTheCount, {
      accountId: w.world.accountIds.hybrid,
      contractId,
      productId,
      personIds: users.slice(0, 2),
    });
    expect(result).toEqual({
      ok: false,
      code: "conflict",
      rule: "CL-12",
      message: "No seat left on this contract: every one of its seats is assigned to a classic user (CL-12).",
    });
    const held = await w.db.select().from(classicAssignments).where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId)));
    expect(held).toEqual([]);
  });

  it("CL-12 one assignment within the seat passes the constraint", async () => {
    const result = await execute(w.db, w.actor("contractManager"), assignPastTheCount, {
      accountId: w.world.accountIds.hybrid,
      contractId,
      productId,
      personIds: users.slice(0, 1),
    });
    expect(result).toEqual({ ok: true, data: null });
    await w.db.delete(classicAssignments).where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId)));
  });

  it("an unknown constraint's check violation is left to the caller (not dressed as a conflict)", () => {
    expect(translateDbError({ code: "23514", constraint_name: "some_other_check" })).toBeNull();
    const unique = translateDbError({ code: "23505", constraint_name: "some_other_unique" });
    expect([unique?.code, unique?.message, unique?.rule]).toEqual(["conflict", "This already exists.", undefined]);
  });
});
