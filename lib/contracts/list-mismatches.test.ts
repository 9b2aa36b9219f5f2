import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAccountFacts } from "@/lib/permissions/facts";
import type { PersonaKey } from "@/lib/demo/personas";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { listMismatches, type MismatchKind } from "./list-mismatches";

let w: DemoTestWorld;
let hybrid: string;
let hannahs: string;
const roles = async (as: PersonaKey) => (await loadAccountFacts(w.db, w.pid(as), hybrid))!.actor.account!;
const all = async (as: PersonaKey, kind?: MismatchKind) => (await listMismatches(w.db, await roles(as), { kind, limit: 1000 })).rows;

beforeAll(async () => {
  w = await createDemoWorldDb("mismatches");
  hybrid = w.world.accountIds.hybrid;
  ({ hannahs } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("the mismatch report", () => {
  it("HY-2 UM-7 the primary admin sees classic users who are not named users, and named users in no classic contract", async () => {
    const classicOnly = await all("primaryAdmin", "classic_not_named");
    expect(classicOnly.some((r) => r.personId === w.pid("classicUser"))).toBe(true);
    const namedOnly = await all("primaryAdmin", "named_not_classic");
    expect(namedOnly.some((r) => r.personId === w.pid("namedUser"))).toBe(true);
    expect(namedOnly.some((r) => r.personId === w.pid("classicUser"))).toBe(false);
  });

  it("CL-6 CL-5 contracts without a coordinator and contract managers who are not admins are listed", async () => {
    const noSc = await all("primaryAdmin", "no_coordinator");
    expect(noSc.map((r) => r.contractId)).toContain(hannahs);
    const managers = await all("primaryAdmin", "manager_not_admin");
    expect(managers.some((r) => r.personId === w.pid("contractManager"))).toBe(true);
  });

  it("HY-2 a product held in one view and not the other is listed for people in both views", async () => {
    const differs = await all("primaryAdmin", "product_differs");
    expect(differs.length).toBeGreaterThan(0);
    for (const r of differs) expect(r.detail).toMatch(/not in User Management|not in their classic contracts/);
  });

  it("CL-3 a contract manager sees only their contracts' lines and no named-only users; keyset pages walk the list once", async () => {
    const hannah = await all("contractManager2");
    expect(hannah.every((r) => r.kind !== "named_not_classic")).toBe(true);
    expect(hannah.filter((r) => r.contractId).every((r) => r.contractId === hannahs)).toBe(true);
    const whole = await all("primaryAdmin");
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listMismatches(w.db, await roles("primaryAdmin"), { after, limit: 9 });
      seen.push(...page.rows.map((r) => `${r.kind}:${r.key}`));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toEqual(whole.map((r) => `${r.kind}:${r.key}`));
  });
});
