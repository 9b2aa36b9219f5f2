import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { listVisibleContracts } from "./list-contracts";
import { viewContract } from "./view-contract";

let w: DemoTestWorld;
let hybrid: string;
let namedId: string;
let classicId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("contracts");
  hybrid = w.world.accountIds.hybrid;
  const rows = await w.db.select({ id: contracts.id, management: contracts.management, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.accountId, hybrid));
  // Daniel's named reseller contract, and his classic contract with a software coordinator.
  namedId = rows.find((r) => r.management === "named" && r.cm === w.pid("contractManager"))!.id;
  classicId = rows.find((r) => r.management === "classic" && r.sc !== null)!.id;
});
afterAll(async () => {
  await w?.drop();
});

const view = (who: PersonaKey, contractId: string, accountId = hybrid) => viewContract(w.db, w.pid(who), accountId, contractId);
const listFor = async (who: PersonaKey, accountId = hybrid) => listVisibleContracts(w.db, (await loadAccountFacts(w.db, w.pid(who), accountId))!.actor.account!);

describe("contracts seen from User Management", () => {
  it("UM-7 the primary admin sees every contract of the account, named and classic, with products and seats", async () => {
    const all = await w.db.select({ id: contracts.id }).from(contracts).where(eq(contracts.accountId, hybrid));
    const listed = await listFor("primaryAdmin");
    expect(listed.map((c) => c.contractId).sort()).toEqual(all.map((c) => c.id).sort());
    expect(new Set(listed.map((c) => c.management))).toEqual(new Set(["named", "classic"]));
    for (const c of listed) {
      expect(c.products.length).toBe(c.productCount);
      expect(c.products.every((p) => p.seats > 0)).toBe(true);
    }
    const classic = await view("primaryAdmin", classicId);
    expect(classic?.details.management).toBe("classic");
    expect(classic?.details.classicUsers?.map((u) => u.email)).toContain(personas.classicUser.email);
    expect(classic?.details.coordinator?.email).toBe(personas.softwareCoordinator.email);
    expect(classic?.details.products.map((p) => [p.code, p.seats])).toEqual(expect.arrayContaining([["ACD", 10], ["CIVIL3D", 5]]));
    for (const p of classic?.details.products ?? []) expect(p.assigned).toBeLessThanOrEqual(p.seats);
  });

  it("UM-6 UM-7 the primary admin reads contracts read-only: the page names the contract manager who manages renewal and billing", async () => {
    const v = await view("primaryAdmin", classicId);
    expect(v?.billing.canManage).toBe(false);
    expect(v?.billing.decision.rule).toBe("UM-6");
    expect(v?.billing.notice).toBe(`Renewal and billing are managed by the contract manager, Daniel Weber (${personas.contractManager.email}).`);
  });

  it("UM-6 a secondary admin sees a named contract but does not manage billing: the page names the contract manager", async () => {
    const v = await view("secondaryAdmin", namedId);
    expect(v?.details.management).toBe("named");
    expect(v?.details.classicUsers).toBeNull();
    expect(v?.billing).toMatchObject({ canManage: false, notice: `Renewal and billing are managed by the contract manager, Daniel Weber (${personas.contractManager.email}).` });
    expect(v?.billing.decision).toMatchObject({ rule: "UM-6", reason: expect.stringContaining("(UM-6)") });
    // Named seats are pooled over the account's active named contracts (UM-9).
    for (const p of v?.details.products ?? []) expect(p.pooledSeats).toBeGreaterThanOrEqual(p.seats);
  });

  it("UM-7 a secondary admin sees the named contracts, and the classic ones are not found", async () => {
    const listed = await listFor("secondaryAdmin");
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((c) => c.management === "named")).toBe(true);
    expect(await view("secondaryAdmin", classicId)).toBeNull();
  });

  it("UM-7 another account's admin finds none of this account's contracts, through either account's URL", async () => {
    expect(await view("otherAccountAdmin", namedId)).toBeNull();
    expect(await view("otherAccountAdmin", classicId, w.world.accountIds.namedOnly)).toBeNull();
    const mine = await w.db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.accountId, w.world.accountIds.namedOnly)));
    // Their own contract, asked for under this account's URL, is not found either.
    expect(await view("otherAccountAdmin", mine[0]!.id, hybrid)).toBeNull();
    expect(await view("otherAccountAdmin", mine[0]!.id, w.world.accountIds.namedOnly)).not.toBeNull();
  });

  it("CL-3 the contract manager manages renewal and billing: the page shows no notice", async () => {
    const v = await view("contractManager", classicId);
    expect(v?.billing).toMatchObject({ canManage: true, notice: null });
  });
});
