import { describe, expect, it } from "vitest";
import { allowedHubRoleChanges, hubInvitationStatusOnSend, INVITATION_TTL_DAYS, projectShape, PROJECT_MEMBER_CAP, roleOnAccept } from "./hub-rules";
import type { HubRole, InvitationMode } from "./types";

const ROLES: HubRole[] = ["hub_admin", "hub_member", "project_contributor"];

describe("HB-5 the role an accepted invitation gives", () => {
  it("HB-5 a hub invitation makes a newcomer a Hub Member", () => {
    expect(roleOnAccept("hub", null)).toBe("hub_member");
  });
  it("HB-5 a project invitation makes a newcomer a Project Contributor", () => {
    expect(roleOnAccept("project", null)).toBe("project_contributor");
  });
  it.each(ROLES.flatMap((r) => [["hub", r], ["project", r]] as const))("HB-4 HB-5 a %s invitation leaves a %s with their one hub role", (kind, role) => {
    expect(roleOnAccept(kind, role)).toBe(role);
  });
});

describe("HB-10 hub role changes", () => {
  it.each([
    ["project_contributor", ["hub_member"]],
    ["hub_member", ["hub_admin", "project_contributor"]],
    ["hub_admin", ["hub_member"]],
  ] as const)("HB-10 a %s can become %j", (from, to) => {
    expect([...allowedHubRoleChanges(from)].sort()).toEqual([...to].sort());
  });
  it("HB-10 LP-3 a Project Contributor never goes straight to Hub Administrator", () => {
    expect(allowedHubRoleChanges("project_contributor")).not.toContain("hub_admin");
  });
  it("HB-4 no change keeps two roles: every target is a single different role", () => {
    for (const from of ROLES) for (const to of allowedHubRoleChanges(from)) expect(to).not.toBe(from);
  });
});

describe("HB-3 invitation mode decides an invitation's first status", () => {
  const table: [InvitationMode, HubRole, ReturnType<typeof hubInvitationStatusOnSend>][] = [
    ["admins_only", "hub_admin", "pending"],
    ["approval_required", "hub_admin", "pending"],
    ["open", "hub_admin", "pending"],
    ["admins_only", "hub_member", null],
    ["approval_required", "hub_member", "awaiting_approval"],
    ["open", "hub_member", "pending"],
    ["open", "project_contributor", null],
  ];
  it.each(table)("HB-3 HB-6 mode %s, inviter %s: %s", (mode, role, status) => {
    expect(hubInvitationStatusOnSend(mode, role)).toBe(status);
  });
});

describe("LP-1 PR-6 HB-7 constants and shapes", () => {
  it.each(["open", "closed", "secret"] as const)("LP-1 a legacy project is %s", (v) => {
    expect(projectShape("legacy", v)).toEqual({ kind: "legacy", visibility: v });
  });
  it("LP-1 a legacy project without a visibility is refused", () => {
    expect(() => projectShape("legacy", null)).toThrow(/LP-1/);
  });
  it("LP-1 a folder-level project has no visibility", () => {
    expect(projectShape("folder", null)).toEqual({ kind: "folder", visibility: null });
    expect(() => projectShape("folder", "open")).toThrow(/LP-1/);
  });
  it("PR-6 the member cap is 500", () => expect(PROJECT_MEMBER_CAP).toBe(500));
  it("HB-7 invitations expire after 7 days", () => expect(INVITATION_TTL_DAYS).toBe(7));
});
