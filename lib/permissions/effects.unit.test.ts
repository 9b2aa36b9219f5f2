import { describe, expect, it } from "vitest";
import { contractManagerChangeEffects, roleChangeEffects, swapPrimaryAdmin, type ContractManagerChangeFacts, type RoleChange } from "./effects";

const cmChange = (newManager: Partial<ContractManagerChangeFacts["newManager"]> = {}, accountHasNamedContract = true): ContractManagerChangeFacts => ({
  accountHasNamedContract,
  newManager: { adminRole: null, adminOfOtherAccount: false, namedUser: false, ...newManager },
});

describe("CL-5 the new contract manager and User Management", () => {
  it("CL-5 the new contract manager becomes secondary admin and named user", () => {
    const e = contractManagerChangeEffects(cmChange());
    expect(e.secondaryAdmin).toBe("added");
    expect(e.addsNamedUser).toBe(true);
    expect(e.rule).toBe("CL-5");
    expect(e.sideEffects.map((s) => s.rule)).toEqual(["CL-5", "CL-5"]);
  });
  it("CL-5 a new contract manager who is already a named user is only made secondary admin", () => {
    const e = contractManagerChangeEffects(cmChange({ namedUser: true }));
    expect(e).toMatchObject({ secondaryAdmin: "added", addsNamedUser: false });
    expect(e.sideEffects).toHaveLength(1);
  });
  it.each(["primary", "secondary"] as const)("CL-5 already %s admin of this account: nothing more happens", (adminRole) => {
    const e = contractManagerChangeEffects(cmChange({ adminRole, namedUser: true }));
    expect(e).toMatchObject({ secondaryAdmin: "already_admin", addsNamedUser: false, rule: "CL-5" });
    expect(e.sideEffects).toEqual([]);
  });
  it("CL-5 UM-4 an admin of another account: the step is skipped, with the reason for preview and audit", () => {
    const e = contractManagerChangeEffects(cmChange({ adminOfOtherAccount: true }));
    expect(e).toMatchObject({ secondaryAdmin: "skipped_admin_of_other_account", addsNamedUser: false, rule: "UM-4" });
    expect(e.reason).toContain("(UM-4)");
    expect(e.sideEffects).toEqual([{ rule: "CL-5", effect: expect.stringContaining("UM-4") }]);
  });
  it("CL-5 HY-1 an account with no named contract: the step is skipped", () => {
    const e = contractManagerChangeEffects(cmChange({}, false));
    expect(e).toMatchObject({ secondaryAdmin: "skipped_no_user_management", addsNamedUser: false, rule: "HY-1" });
    expect(e.sideEffects[0]?.effect).toContain("(HY-1)");
  });
});

describe("HY-3 CL-10 CL-11 UM-8 role changes stay in their view", () => {
  const cases: { title: string; change: RoleChange; unchanged: string[] }[] = [
    { title: "UM-8 CL-11 changing the primary admin changes no contract manager", change: { kind: "primaryAdminChanged" }, unchanged: ["UM-8", "CL-11"] },
    { title: "CL-10 adding a secondary admin changes no software coordinator", change: { kind: "secondaryAdminAdded" }, unchanged: ["CL-10"] },
    { title: "CL-10 removing a secondary admin changes no software coordinator", change: { kind: "secondaryAdminRemoved" }, unchanged: ["CL-10"] },
    { title: "CL-10 changing the software coordinator changes no secondary admin", change: { kind: "softwareCoordinatorChanged" }, unchanged: ["CL-10"] },
    { title: "HY-2 adding a named user adds no classic user", change: { kind: "namedUserAdded" }, unchanged: ["HY-2"] },
    { title: "HY-2 adding a classic user adds no named user", change: { kind: "classicUserAdded" }, unchanged: ["HY-2"] },
    { title: "HY-2 removing a classic user removes no named user", change: { kind: "classicUserRemoved" }, unchanged: ["HY-2"] },
    { title: "HY-2 UM-10 removing a named user removes no classic user", change: { kind: "namedUserRemoved", wasSecondaryAdmin: false }, unchanged: ["HY-2"] },
  ];
  it.each(cases)("HY-3 $title", ({ change, unchanged }) => {
    const e = roleChangeEffects(change);
    expect(e.otherView).toEqual([]);
    expect(e.unchanged.map((u) => u.rule)).toEqual(unchanged);
  });

  it("CL-11 HY-3 changing the contract manager keeps the primary admin; only CL-5 crosses views", () => {
    const cl5 = contractManagerChangeEffects(cmChange());
    const e = roleChangeEffects({ kind: "contractManagerChanged", cl5 });
    expect(e.otherView).toEqual(cl5.sideEffects);
    expect(e.otherView.every((s) => s.rule === "CL-5")).toBe(true);
    expect(e.unchanged).toContainEqual({ rule: "CL-11", role: "primary admin" });
  });
  it("CL-5 HY-3 a skipped CL-5 step changes nothing in User Management", () => {
    const cl5 = contractManagerChangeEffects(cmChange({ adminOfOtherAccount: true }));
    expect(roleChangeEffects({ kind: "contractManagerChanged", cl5 }).otherView).toEqual([]);
  });
  it("UM-2 changing the primary admin makes the former one a secondary admin", () => {
    expect(roleChangeEffects({ kind: "primaryAdminChanged" }).sameView).toEqual([{ rule: "UM-2", effect: expect.stringContaining("secondary admin") }]);
  });
  it("UM-10 removing a named user removes their assignments and secondary-admin role", () => {
    const e = roleChangeEffects({ kind: "namedUserRemoved", wasSecondaryAdmin: true });
    expect(e.sameView.map((s) => s.rule)).toEqual(["UM-10", "UM-10"]);
    expect(roleChangeEffects({ kind: "namedUserRemoved", wasSecondaryAdmin: false }).sameView).toHaveLength(1);
  });
});

describe("UM-1 UM-2 swapping the primary admin", () => {
  const admins = [
    { personId: "a", role: "primary" as const },
    { personId: "b", role: "secondary" as const },
    { personId: "c", role: "secondary" as const },
  ];
  it("UM-1 after the change the account has exactly one primary admin", () => {
    const after = swapPrimaryAdmin(admins, "b");
    expect(after.filter((a) => a.role === "primary")).toEqual([{ personId: "b", role: "primary" }]);
  });
  it("UM-2 the former primary admin becomes a secondary admin; nobody is dropped", () => {
    const after = swapPrimaryAdmin(admins, "c");
    expect(after).toContainEqual({ personId: "a", role: "secondary" });
    expect(after).toHaveLength(3);
  });
  it("UM-2 the new primary admin must be a secondary admin", () => {
    expect(() => swapPrimaryAdmin(admins, "z")).toThrow(/UM-2/);
    expect(() => swapPrimaryAdmin(admins, "a")).toThrow(/UM-2/);
  });
});
