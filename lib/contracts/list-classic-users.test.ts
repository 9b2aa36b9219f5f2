import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { people } from "@/db/schema";
import { loadAccountFacts } from "@/lib/permissions/facts";
import type { PersonaKey } from "@/lib/demo/personas";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { parseClassicUsersQuery } from "./classic-users-query";
import { exportClassicUsersCsv, listClassicUsers } from "./list-classic-users";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let hannahs: string;
const roles = async (as: PersonaKey) => (await loadAccountFacts(w.db, w.pid(as), hybrid))!.actor.account!;
const list = async (as: PersonaKey, raw: Record<string, string> = {}) => listClassicUsers(w.db, await roles(as), parseClassicUsersQuery(raw));

beforeAll(async () => {
  w = await createDemoWorldDb("classic_list");
  hybrid = w.world.accountIds.hybrid;
  ({ withSc, hannahs } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("classic users across my contracts", () => {
  it("CL-3 CL-8 UM-7 each person sees the classic users of their contracts only; the primary admin sees every classic contract", async () => {
    const sc = await list("softwareCoordinator", { limit: "1000" });
    expect(new Set(sc.rows.map((r) => r.contractId))).toEqual(new Set([withSc]));
    const cm = await list("contractManager", { limit: "1000" });
    expect(cm.rows.map((r) => r.contractId)).not.toContain(hannahs);
    const all = await list("primaryAdmin", { limit: "1000" });
    expect(new Set(all.rows.map((r) => r.contractId)).size).toBe(3);
    expect((await list("secondaryAdmin")).rows).toEqual([]);
  });

  it("CL-3 filters by contract, product and role, and searches by name or email", async () => {
    const managers = await list("contractManager", { role: "manager", limit: "1000" });
    expect(managers.rows.every((r) => r.role === "manager" && r.personId === w.pid("contractManager"))).toBe(true);
    expect(managers.rows.length).toBe(2);
    const coordinators = await list("contractManager", { role: "coordinator" });
    expect(coordinators.rows.map((r) => r.personId)).toEqual([w.pid("softwareCoordinator")]);
    const civil = await w.productId("CIVIL3D");
    const holders = await list("contractManager", { product: civil, limit: "1000" });
    expect(holders.rows.length).toBeGreaterThan(0);
    expect(holders.rows.every((r) => r.products.includes("Civil 3D") && r.contractId === withSc)).toBe(true);
    const byContract = await list("contractManager", { contract: withSc, limit: "1000" });
    expect(byContract.rows.every((r) => r.contractId === withSc)).toBe(true);
    const omar = await list("contractManager", { q: "HADDAD" });
    expect(omar.rows.map((r) => r.email)).toEqual(["omar.haddad@northwind.example", "omar.haddad@northwind.example"]);
    // A contract not theirs, named in the filter, gives nothing (CL-8).
    expect((await list("softwareCoordinator", { contract: hannahs })).rows).toEqual([]);
  });

  it("CL-3 keyset pages walk the whole list once, in order", async () => {
    const whole = await list("primaryAdmin", { limit: "1000" });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await list("primaryAdmin", { limit: "7", ...(after ? { after } : {}) });
      seen.push(...page.rows.map((r) => `${r.email}|${r.contractNumber}|${r.role}`));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toEqual(whole.rows.map((r) => `${r.email}|${r.contractNumber}|${r.role}`));
  });

  it("CL-3 the CSV export holds the filtered list with formula cells neutralised", async () => {
    const omar = w.pid("classicUser");
    await w.db.update(people).set({ name: "=HYPERLINK(\"x\")" }).where(eq(people.id, omar));
    let csv = "";
    for await (const chunk of exportClassicUsersCsv(w.db, await roles("contractManager"), { q: "haddad" })) csv += chunk;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("Name,Email,Contract,Role,Products");
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});
