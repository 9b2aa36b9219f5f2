import { describe, expect, it } from "vitest";
import { ACTION_GROUPS, ACTION_KEYS, CATALOG, GATE_RULES, isActionKey } from "./catalog";
import { isRuleId, RULE_IDS, RULES } from "./rules";

// RULES.md's rule counts per prefix: a missing or extra ID fails here.
const EXPECTED = { HY: 3, PU: 3, UM: 10, CL: 12, HB: 10, FP: 4, LP: 6, PR: 6, AU: 2, EM: 1 } as const;

describe("rules.ts holds every rule of RULES.md", () => {
  it.each(Object.entries(EXPECTED))("%s-1..%s are all there, in order", (prefix, count) => {
    const ids = RULE_IDS.filter((id) => id.startsWith(`${prefix}-`));
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`));
  });
  it("no rule ID appears twice, and each has a title", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toHaveLength(Object.values(EXPECTED).reduce((a, b) => a + b, 0));
    for (const r of RULES) expect(r.title.length).toBeGreaterThan(3);
  });
});

describe("the catalogue", () => {
  it("every rule named in the catalogue exists in rules.ts", () => {
    for (const e of CATALOG) for (const r of e.rules) expect(isRuleId(r), `${e.key} names ${r}`).toBe(true);
    for (const rules of Object.values(GATE_RULES)) for (const r of rules) expect(isRuleId(r)).toBe(true);
  });
  it("action keys are unique and every action names at least one rule", () => {
    expect(new Set(ACTION_KEYS).size).toBe(ACTION_KEYS.length);
    for (const e of CATALOG) expect(e.rules.length, e.key).toBeGreaterThan(0);
  });
  it("every action belongs to a listed group, and every group has actions", () => {
    const groups = new Set(ACTION_GROUPS.map((g) => g.group));
    for (const e of CATALOG) expect(groups.has(e.group), e.key).toBe(true);
    for (const g of groups) expect(CATALOG.some((e) => e.group === g), g).toBe(true);
  });
  it("isActionKey knows catalogue keys only", () => {
    expect(isActionKey("contracts.manageBilling")).toBe(true);
    expect(isActionKey("contracts.delete")).toBe(false);
  });
  // The product's actions the brief lists; a renamed or dropped action fails here.
  it.each([
    "account.viewByUser", "account.viewByProduct", "account.viewClassic",
    "namedUsers.view", "namedUsers.add", "namedUsers.edit", "namedUsers.remove", "namedUsers.assignProduct", "namedUsers.unassignProduct", "namedUsers.import", "namedUsers.export", "namedUsers.bulkChange",
    "admins.view", "admins.changePrimary", "admins.addSecondary", "admins.removeSecondary", "admins.grantSso", "admins.revokeSso",
    "contracts.viewList", "contracts.view", "contracts.manageBilling", "contracts.changeManager", "contracts.assignCoordinator", "contracts.removeCoordinator", "contracts.manageClassicUsers", "contracts.manageClassicAccess",
    "sso.view", "sso.manage", "activity.viewAccount", "activity.viewContract", "activity.viewHub",
    "hubs.create", "hubs.rename", "hubs.manageAccess", "hubs.manageSharing", "hubs.invite", "hubs.changeRole", "hubs.changeActivation", "hubs.removeMember",
    "invitations.viewSent", "invitations.resend", "invitations.cancel", "invitations.approve", "invitations.respond",
    "projects.viewInList", "projects.open", "projects.requestJoin", "projects.create", "projects.invite", "projects.makeAdmin", "projects.manageMembers",
    "projects.decideJoinRequest", "projects.readContent", "projects.editContent", "groups.manage", "projects.transfer", "projects.addGroup", "permissions.viewMatrix",
  ])("offers %s", (key) => {
    expect(isActionKey(key)).toBe(true);
  });
});
