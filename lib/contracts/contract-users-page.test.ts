import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { loadContractDetails } from "./load-contract-details";

let w: DemoTestWorld;
let withSc: string;

beforeAll(async () => {
  w = await createDemoWorldDb("contract_users_page");
  const [row] = await w.db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.accountId, w.world.accountIds.hybrid), eq(contracts.softwareCoordinatorId, w.pid("softwareCoordinator"))));
  withSc = row!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("a contract's classic users", () => {
  it("CL-8 keyset pages walk the contract's classic users once, in email order", async () => {
    const whole = (await loadContractDetails(w.db, withSc, { limit: 1000 }))!.classicUsers!.map((u) => u.email);
    expect(whole).toEqual([...whole].sort());
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const d = (await loadContractDetails(w.db, withSc, { limit: 3, after }))!;
      seen.push(...d.classicUsers!.map((u) => u.email));
      after = d.classicUsersNext ?? undefined;
    } while (after);
    expect(seen).toEqual(whole);
  });

  it("CL-8 the search finds classic users by name or email", async () => {
    const byName = (await loadContractDetails(w.db, withSc, { q: "haddad" }))!.classicUsers!;
    expect(byName.map((u) => u.email)).toEqual(["omar.haddad@northwind.example"]);
    const none = (await loadContractDetails(w.db, withSc, { q: "nobody-like-this" }))!.classicUsers!;
    expect(none).toEqual([]);
  });
});
