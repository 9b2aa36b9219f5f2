import { describe, expect, it } from "vitest";
import { decide } from "@/lib/permissions";
import { C1, contractRes, managerOf, otherAccountAdmin, primary } from "@/test/support/test-facts";
import { decisionToFailure } from "./decision-to-failure";

describe("decisionToFailure", () => {
  it("UM-7 a resource the actor may not see becomes not_found, naming no rule", () => {
    expect(decisionToFailure(decide(otherAccountAdmin, "contracts.view", contractRes()))).toEqual({ ok: false, code: "not_found", message: "This page was not found." });
  });
  it("UM-6 a refusal becomes denied with the rule and the reason", () => {
    expect(decisionToFailure(decide(primary, "contracts.manageBilling", contractRes()))).toMatchObject({ ok: false, code: "denied", rule: "UM-6", reason: expect.stringContaining("(UM-6)") });
  });
  it("CL-3 an allowed decision is no failure", () => {
    expect(decisionToFailure(decide(managerOf(C1), "contracts.manageBilling", contractRes()))).toBeNull();
  });
});
