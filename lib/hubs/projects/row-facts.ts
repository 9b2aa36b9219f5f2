import { projectShape, type HubResource, type Loaded, type ProjectResource } from "@/lib/permissions";
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
