import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonaKey } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { explainAccess, type AccessLine } from "./access-explained";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { loadAccessFacts } from "@/lib/permissions/facts";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("access_explained");
});
afterAll(async () => {
  await w?.drop();
});

/** The person's lines, as the primary admin (who sees every contract) would be shown them. */
async function linesOf(person: PersonaKey, viewer: PersonaKey = "primaryAdmin"): Promise<Map<string, AccessLine>> {
  const viewerFacts = await loadAccountFacts(w.db, w.pid(viewer), w.world.accountIds.hybrid);
  const facts = viewerFacts && (await loadAccessFacts(w.db, w.pid(person), w.world.accountIds.hybrid, viewerFacts));
  if (!facts) throw new Error(`${person} has no facts`);
  return new Map(explainAccess(facts).flatMap((s) => s.lines.map((l): [string, AccessLine] => [l.key, l])));
}
const answer = (lines: Map<string, AccessLine>, key: string) => {
  const l = lines.get(key);
  if (!l) throw new Error(`no line ${key}`);
  return { allowed: l.allowed, rule: l.rule };
};

describe("Access explained", () => {
  it("UM-5 UM-10 HB-1 the primary admin manages named users but cannot remove the primary admin", async () => {
    const lines = await linesOf("primaryAdmin");
    expect(answer(lines, "namedUsers.add")).toEqual({ allowed: true, rule: "UM-5" });
    expect(answer(lines, "namedUsers.remove:user")).toEqual({ allowed: true, rule: "UM-5" });
    expect(answer(lines, "namedUsers.remove:primary")).toEqual({ allowed: false, rule: "UM-10" });
    expect(answer(lines, "hubs.create")).toEqual({ allowed: true, rule: "HB-1" });
    expect(answer(lines, "sso.manage")).toEqual({ allowed: true, rule: "HB-1" });
    expect([...lines.values()].every((l) => l.reason.endsWith(`(${l.rule}).`))).toBe(true);
  });

  it("UM-5 UM-6 a plain named user is told, rule by rule, that they manage nothing here", async () => {
    const lines = await linesOf("namedUser");
    expect(answer(lines, "namedUsers.add")).toEqual({ allowed: false, rule: "UM-5" });
    expect(answer(lines, "account.viewByUser")).toEqual({ allowed: false, rule: "UM-7" });
    expect(answer(lines, "hubs.create")).toEqual({ allowed: false, rule: "HB-1" });
    const billing = [...lines.values()].filter((l) => l.key.startsWith("contracts.manageBilling:"));
    expect(billing.length).toBeGreaterThan(0);
    expect(billing.every((l) => !l.allowed)).toBe(true);
  });

  it("HB-1 HY-3 the SSO admin creates hubs and runs SSO but manages no named users", async () => {
    const lines = await linesOf("ssoAdmin");
    expect(answer(lines, "hubs.create")).toEqual({ allowed: true, rule: "HB-1" });
    expect(answer(lines, "sso.manage")).toEqual({ allowed: true, rule: "HB-1" });
    expect(answer(lines, "namedUsers.add")).toEqual({ allowed: false, rule: "HB-1" });
  });

  it("CL-3 UM-6 the contract manager's lines say they manage their contracts' billing, and a secondary admin's do not", async () => {
    const cm = await linesOf("contractManager");
    const cmBilling = [...cm.values()].filter((l) => l.key.startsWith("contracts.manageBilling:") && l.allowed);
    expect(cmBilling.length).toBeGreaterThan(0);
    expect(cmBilling.every((l) => l.rule === "CL-3")).toBe(true);
    expect(answer(cm, "namedUsers.add")).toEqual({ allowed: false, rule: "HY-3" });
    const secondary = await linesOf("secondaryAdmin");
    expect([...secondary.values()].filter((l) => l.key.startsWith("contracts.manageBilling:")).every((l) => !l.allowed)).toBe(true);
  });

  it("UM-7 a secondary admin viewing the page is not shown the classic contracts they could not open", async () => {
    const asPrimary = await linesOf("namedUser", "primaryAdmin");
    const asSecondary = await linesOf("namedUser", "secondaryAdmin");
    const contractsIn = (m: Map<string, AccessLine>) => [...m.keys()].filter((k) => k.startsWith("contracts.view:")).length;
    expect(contractsIn(asPrimary)).toBeGreaterThan(contractsIn(asSecondary));
    expect(asSecondary.get("namedUsers.add")).toEqual(asPrimary.get("namedUsers.add"));
  });
});
