import { describe, expect, it } from "vitest";
import type { ActionKey } from "./catalog";
import { decide } from "./decide";
import { accountNavigation } from "./navigation";
import type { ResourceFacts } from "./types";
import { accountRes, classicOnly, contractRes, coordinatorOf, C1, managerOf, primary, secondary } from "@/test/support/test-facts";

describe("decide", () => {
  it("refuses facts of the wrong kind for the action (a programming error, never a guess)", () => {
    // Typed as the wide union, as a generic caller would have them; the compiler rejects the narrow mistake.
    const action = "account.viewByUser" as ActionKey;
    const wrong: ResourceFacts = contractRes();
    expect(() => decide(primary, action, wrong)).toThrow(/needs "account" facts/);
  });
  it("UM-7 facts loaded for another account never grant anything", () => {
    const d = decide({ ...primary, account: primary.account && { ...primary.account, accountId: "someone-else" } }, "namedUsers.view", accountRes());
    expect(d).toMatchObject({ allowed: false, visible: false, rule: "UM-7" });
  });
});


describe("HY-1 account navigation", () => {
  it("HY-1 a hybrid account's primary admin sees By User, By Product and Classic User Management", () => {
    expect(accountNavigation(primary, accountRes())).toEqual({ byUser: true, byProduct: true, classic: true, contracts: true, admins: true, sso: true, activity: true });
  });
  it("HY-1 UM-7 a secondary admin sees User Management but not Classic User Management", () => {
    expect(accountNavigation(secondary, accountRes())).toMatchObject({ byUser: true, byProduct: true, classic: false, sso: false });
  });
  it("HY-1 a classic-only account shows no By User or By Product", () => {
    expect(accountNavigation(managerOf(C1), accountRes(classicOnly))).toMatchObject({ byUser: false, byProduct: false, classic: true, contracts: true });
  });
  it("CL-8 HY-3 a software coordinator sees only Classic User Management and contracts", () => {
    expect(accountNavigation(coordinatorOf(C1), accountRes())).toEqual({ byUser: false, byProduct: false, classic: true, contracts: true, admins: false, sso: false, activity: false });
  });
});
