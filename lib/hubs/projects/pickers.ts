import { decide, type Decision, type HubResource, type HubRole, type ProjectInviteeFacts, type ProjectResource, type ProjectRole } from "@/lib/permissions";
import { type Loaded } from "@/lib/permissions/facts";

/**
 * Why a picker leaves people or groups out. The pickers' SQL (load-project-page.ts) lists only
 * what the policy would accept; these notes ask the policy about the kinds of people it leaves
 * out and give its own reasons, so the page explains in the words every refusal uses.
 */

const refusals = (decisions: readonly Decision[]): string[] => [...new Set(decisions.filter((d) => !d.allowed && d.visible).map((d) => d.reason))];

function invite(loaded: Loaded<ProjectResource>, invitee: Partial<ProjectInviteeFacts>, role: ProjectRole): Decision {
  const { hub, project } = loaded.resource;
  return decide(loaded.actor, "projects.invite", { kind: "projectInvite", hub, project, invitee: { hubRole: "hub_member", projectMember: false, active: true, departure: null, ...invitee }, role });
}

/**
 * "Add a hub member": deactivated members (HB-8) and, on an Open project, Project Contributors
 * (LP-2) are not listed; on a legacy project the listed Project Contributors cannot get the
 * Project Administrator role (LP-3). `roles`: the roles the actor may give (PR-3).
 */
export function addMemberNotes(loaded: Loaded<ProjectResource>, roles: readonly ProjectRole[]): string[] {
  if (roles.length === 0) return [];
  const lowest = roles[roles.length - 1]!;
  const contributor = invite(loaded, { hubRole: "project_contributor" }, lowest);
  const asked = [invite(loaded, { active: false }, lowest), contributor];
  if (contributor.allowed && roles.includes("project_admin")) asked.push(invite(loaded, { hubRole: "project_contributor" }, "project_admin"));
  return refusals(asked);
}

/** "Invite by email": someone outside the hub would join as a Project Contributor (HB-5), so LP-2 and LP-3 apply to them. */
export function inviteByEmailNotes(loaded: Loaded<ProjectResource>, roles: readonly ProjectRole[]): string[] {
  if (roles.length === 0) return [];
  const outsider = invite(loaded, { hubRole: null }, roles[roles.length - 1]!);
  return refusals(outsider.allowed && roles.includes("project_admin") ? [invite(loaded, { hubRole: null }, "project_admin")] : [outsider]);
}

/** "Add a group": on an Open project, groups holding Project Contributors are not listed (LP-2). */
export function addGroupNotes(loaded: Loaded<ProjectResource>): string[] {
  const { hub, project } = loaded.resource;
  return refusals([decide(loaded.actor, "projects.addGroup", { kind: "projectGroupAdd", hub, project, groupAlreadyAdded: false, groupHoldsContributor: true })]);
}

/** "Add a hub member to a group": deactivated members are not listed (HB-8), nor Project Contributors for a group in an Open project (LP-2). */
export function groupMemberNotes(hub: Loaded<HubResource>, anyGroupOnOpenProject: boolean): string[] {
  const ask = (hubRole: "hub_member" | "project_contributor", active: boolean, onOpenProject: boolean) =>
    decide(hub.actor, "groups.editMembers", { kind: "groupMember", hub: hub.resource.hub, groupId: "", change: "add", onOpenProject, target: { personId: "", hubRole, active } });
  return refusals([ask("hub_member", false, false), ...(anyGroupOnOpenProject ? [ask("project_contributor", true, true)] : [])]);
}

type PickerOption = { id: string; label: string };

/**
 * The "Add a hub member to a group" pickers on a project page, offering the page's addable people
 * (active hub members not in this project, listAddableMembers). A group in an Open project takes no
 * Project Contributor (LP-2), so groups come in two pickers, and the policy picks the people each
 * one offers: every pair a picker offers is one `groups.editMembers` accepts.
 */
export function groupMemberPickers(
  hub: Loaded<HubResource>,
  groups: readonly (PickerOption & { onOpenProject: boolean })[],
  people: readonly (PickerOption & { hubRole: HubRole })[],
): { key: "any" | "open"; label: string; groups: PickerOption[]; people: PickerOption[] }[] {
  const strip = (o: PickerOption): PickerOption => ({ id: o.id, label: o.label });
  const accepted = (onOpenProject: boolean) =>
    people
      .filter((p) => decide(hub.actor, "groups.editMembers", { kind: "groupMember", hub: hub.resource.hub, groupId: "", change: "add", onOpenProject, target: { personId: p.id, hubRole: p.hubRole, active: true } }).allowed)
      .map(strip);
  const pickers = [
    { key: "any" as const, label: "Add a hub member to a group", groups: groups.filter((g) => !g.onOpenProject).map(strip), people: accepted(false) },
    { key: "open" as const, label: "Add a hub member to a group in an Open project", groups: groups.filter((g) => g.onOpenProject).map(strip), people: accepted(true) },
  ];
  return pickers.filter((p) => p.groups.length > 0 && p.people.length > 0);
}
