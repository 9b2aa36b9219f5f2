import { describe, expect, it } from "vitest";
import { catalogEntry, isActionKey } from "./catalog";
import { isRuleId, ruleById, type RuleId } from "./rules";

describe("rule and action lookups", () => {
  it("UM-4 a rule is found by its ID with its title; an unknown ID is refused loudly", () => {
    expect(ruleById("UM-4")).toMatchObject({ id: "UM-4", title: "Admin of one account at most" });
    expect(isRuleId("UM-4")).toBe(true);
    expect(isRuleId("UM-99")).toBe(false);
    expect(() => ruleById("UM-99" as RuleId)).toThrow(/Unknown rule UM-99/);
  });

  it("UM-4 an action is found by its key with the rules it names; an unknown key is refused loudly", () => {
    expect(catalogEntry("admins.addSecondary").rules).toContain("UM-4");
    expect(isActionKey("admins.addSecondary")).toBe(true);
    expect(isActionKey("admins.nope")).toBe(false);
    expect(() => catalogEntry("admins.nope" as "admins.addSecondary")).toThrow(/Unknown action admins\.nope/);
  });
});
