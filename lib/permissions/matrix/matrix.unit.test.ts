import { describe, expect, it } from "vitest";
import { CATALOG, catalogEntry, GATE_RULES } from "../catalog";
import { buildPermissionMatrix, type MatrixRoleKey, type MatrixRow } from ".";
import { isRuleId } from "../rules";

const matrix = buildPermissionMatrix();
const rows: MatrixRow[] = matrix.groups.flatMap((g) => g.rows);
const row = (action: string, situation?: string): MatrixRow => {
  const found = rows.find((r) => r.action === action && (situation === undefined || r.situation === situation));
  if (!found) throw new Error(`no row ${action} ${situation ?? ""}`);
  return found;
};
const allowedFor = (r: MatrixRow): MatrixRoleKey[] => matrix.columns.map((c) => c.key).filter((k) => r.cells[k].allowed);

describe("the permission matrix", () => {
  it("every catalogue action appears in the matrix", () => {
    const actions = new Set(rows.map((r) => r.action));
    for (const e of CATALOG) expect(actions.has(e.key), e.key).toBe(true);
  });
  it("has a column for every role the portal knows", () => {
    expect(matrix.columns.map((c) => c.key)).toEqual([
      "primaryAdmin", "secondaryAdmin", "ssoAdmin", "namedUser", "classicUser", "contractManager", "coordinatorOwn", "coordinatorOther",
      "hubAdmin", "hubMember", "projectContributor", "deactivatedMember", "otherAccount",
    ]);
  });
  it("every cell names an existing rule, and its reason ends with that rule", () => {
    for (const r of rows) {
      for (const c of matrix.columns) {
        const cell = r.cells[c.key];
        expect(isRuleId(cell.rule), `${r.action}/${c.key}`).toBe(true);
        expect(cell.reason.endsWith(`(${cell.rule}).`), `${r.action}/${c.key}: ${cell.reason}`).toBe(true);
        if (!cell.visible) expect(cell.allowed).toBe(false);
      }
    }
  });
  it("every decision names one of its action's rules or a gate rule of its resource kind", () => {
    for (const r of rows) {
      const e = catalogEntry(r.action);
      const named = new Set<string>([...e.rules, ...GATE_RULES[e.resource]]);
      for (const c of matrix.columns) expect(named.has(r.cells[c.key].rule), `${r.action} [${r.situation}] ${c.key}: ${r.cells[c.key].rule}`).toBe(true);
    }
  });
  it("UM-7 another account's admin is allowed nothing but what is theirs", () => {
    const theirs = new Set(["permissions.viewMatrix", "invitations.viewOwn", "invitations.respond", "joinRequests.viewOwn", "hubs.join"]);
    for (const r of rows) if (!theirs.has(r.action)) expect(r.cells.otherAccount.allowed, r.action).toBe(false);
  });
  it("HB-8 a deactivated member is allowed nothing in the hub but leaving it, nor a project invitation of it", () => {
    const own = new Set(["permissions.viewMatrix", "invitations.viewOwn", "invitations.respond", "joinRequests.viewOwn", "hubs.join", "hubs.leave"]);
    for (const r of rows) if (!own.has(r.action)) expect(r.cells.deactivatedMember.allowed, r.action).toBe(false);
    expect(row("hubs.leave", "yourself").cells.deactivatedMember).toMatchObject({ allowed: true, rule: "HB-8" });
    expect(row("invitations.respond", "pending project invitation of this hub, addressed to you").cells.deactivatedMember).toMatchObject({ allowed: false, rule: "HB-8" });
  });
  it("CL-3 UM-6 only the contract manager column manages billing", () => {
    expect(allowedFor(row("contracts.manageBilling", "classic contract"))).toEqual(["contractManager"]);
  });
  it("HB-1 the hub creators are the primary, secondary and SSO admins", () => {
    expect(allowedFor(row("hubs.create"))).toEqual(["primaryAdmin", "secondaryAdmin", "ssoAdmin"]);
  });
  it("UM-5 HY-3 only primary and secondary admins add named users", () => {
    expect(allowedFor(row("namedUsers.add"))).toEqual(["primaryAdmin", "secondaryAdmin"]);
  });
  it("CL-8 the coordinator of another contract does not find this one", () => {
    expect(row("contracts.view", "classic contract").cells.coordinatorOther).toMatchObject({ allowed: false, visible: false, rule: "CL-8" });
  });
  it("LP-2 a Project Contributor does not even see an Open project", () => {
    expect(row("projects.viewInList", "legacy Open project, not a member").cells.projectContributor).toMatchObject({ allowed: false, visible: false, rule: "LP-2" });
  });
  it("UM-7 CL-8 a classic user (no admin role) is refused Classic User Management and does not find its contracts", () => {
    expect(row("account.viewClassic", "hybrid account").cells.classicUser).toMatchObject({ allowed: false, rule: "UM-7" });
    expect(row("contracts.viewList").cells.classicUser).toMatchObject({ allowed: false, rule: "UM-7" });
    expect(row("contracts.view", "classic contract").cells.classicUser).toMatchObject({ allowed: false, visible: false });
    expect(row("contracts.manageClassicUsers", "classic contract").cells.classicUser.allowed).toBe(false);
  });
  it("UM-7 a classic user is allowed nothing in the account", () => {
    const own = new Set(["permissions.viewMatrix", "invitations.viewOwn", "invitations.respond", "joinRequests.viewOwn", "hubs.join"]);
    for (const r of rows) if (!own.has(r.action) && r.cells.classicUser.allowed) throw new Error(`${r.action} [${r.situation}] is allowed for a classic user`);
  });
  it("LP-2 every LP-2 decision in the matrix says the one LP-2 sentence (worded once, in the policy)", () => {
    const reasons = new Set(rows.flatMap((r) => matrix.columns.map((c) => r.cells[c.key]).filter((cell) => cell.rule === "LP-2").map((cell) => cell.reason)));
    expect([...reasons]).toEqual(["Project Contributors cannot view, access, join or be invited to Open projects (LP-2)."]);
  });
  it("HB-8 LP-2 PR-6 the matrix shows the refusals services used to throw (issue 14)", () => {
    expect(row("hubs.join", "your email's domain is a join domain, but a hub administrator removed you").cells.otherAccount).toMatchObject({ allowed: false, visible: true, rule: "HB-8" });
    expect(row("hubs.invite", "mode: open, someone a hub administrator removed").cells.hubMember).toMatchObject({ allowed: false, rule: "HB-8" });
    expect(row("hubs.invite", "mode: open, someone a hub administrator removed").cells.hubAdmin).toMatchObject({ allowed: true });
    expect(row("hubs.manageAccess", "adding a public-mail join domain (gmail.com)").cells.hubAdmin).toMatchObject({ allowed: false, rule: "HB-3" });
    expect(row("invitations.respond", "accepting a project invitation to a legacy Open project").cells.projectContributor).toMatchObject({ allowed: false, rule: "LP-2" });
    expect(row("invitations.respond", "accepting a project invitation to a full project").cells.hubMember).toMatchObject({ allowed: false, rule: "PR-6" });
    expect(row("projects.addGroup", "as project administrator, a group holding Project Contributors, legacy Open project").cells.hubAdmin).toMatchObject({ allowed: false, rule: "LP-2" });
    expect(row("groups.editMembers", "add a Project Contributor to a group in a legacy Open project").cells.hubAdmin).toMatchObject({ allowed: false, rule: "LP-2" });
    expect(row("projects.decideJoinRequest", "approving into a full project").cells.hubAdmin).toMatchObject({ allowed: false, rule: "PR-6" });
    expect(row("projects.share", "as project administrator, sharing off").cells.hubMember).toMatchObject({ allowed: false, rule: "HB-3" });
    expect(row("namedUsers.remove", "the primary admin").cells.secondaryAdmin).toMatchObject({ allowed: false, rule: "UM-10" });
  });
  it("is plain data a page can serialise", () => {
    expect(JSON.parse(JSON.stringify(matrix))).toEqual(matrix);
  });
});
