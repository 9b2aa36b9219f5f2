import { decide, projectShape, type HubResource, type ProjectResource, type ProjectRole } from "@/lib/permissions";
import { type Loaded } from "@/lib/permissions/facts";
import type { ListedProject } from "./list-projects";

/**
 * A listed project's facts for the actor, built from the list row and the hub's facts
 * already loaded for the page (no extra query): the page asks the policy per row whether
 * to link it or offer "Ask to join".
 */
export function rowFacts(hub: Loaded<HubResource>, row: ListedProject): Loaded<ProjectResource> {
  const actor = { ...hub.actor, project: row.myRole ? { projectId: row.projectId, role: row.myRole } : null };
  const project = { projectId: row.projectId, hubId: hub.resource.hub.hubId, memberCount: row.memberCount, ...projectShape(row.kind, row.visibility) };
  return { actor, resource: { kind: "project", hub: hub.resource.hub, project } };
}

const ROLES: readonly ProjectRole[] = ["project_admin", "editor", "viewer"];

/** The project roles the actor may give a Hub Member they add (PR-3: no higher than their own), as the policy answers. */
export function rolesToGive(loaded: Loaded<ProjectResource>): ProjectRole[] {
  const { hub, project } = loaded.resource;
  return ROLES.filter((role) => decide(loaded.actor, "projects.invite", { kind: "projectInvite", hub, project, invitee: { hubRole: "hub_member", projectMember: false, active: true, departure: null }, role }).allowed);
}

/** The policy's answer for a transfer to each candidate hub (PR-5, FP-3), from the actor's role there. */
export function transferChoices(loaded: Loaded<ProjectResource>, candidates: readonly { id: string; label: string; accountId: string; role: "hub_admin" | "hub_member" | "project_contributor"; active: boolean }[]) {
  const { hub, project } = loaded.resource;
  return candidates.map((c) => ({
    id: c.id,
    label: c.label,
    decision: decide(loaded.actor, "projects.transfer", { kind: "projectTransfer", hub, project, destination: { hubId: c.id, accountId: c.accountId, actorRole: c.role, actorActive: c.active } }),
  }));
}
