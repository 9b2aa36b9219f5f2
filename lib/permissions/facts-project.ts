import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, hubMembers, joinRequests, people, projectGroups, projectMembers, projects } from "@/db/schema";
import { projectRoleRank } from "./decide-common";
import { actorWith, type Loaded } from "./facts-account";
import { loadActorHubFacts, loadHubInfo, type LockOption } from "./facts-hub";
import { projectShape } from "./hub-rules";
import type {
  ActorFacts,
  HubInfo,
  JoinRequestResource,
  ProjectGroupAddResource,
  ProjectInfo,
  ProjectInviteResource,
  ProjectMemberResource,
  ProjectResource,
  ProjectRole,
  ProjectTransferResource,
} from "./types";

/**
 * The project, with its member count (people plus groups, PR-6). With `lock`, the project
 * row is locked FOR UPDATE first, so concurrent additions cannot both pass the cap.
 */
export async function loadProjectInfo(db: Db, projectId: string, opts: LockOption = {}): Promise<ProjectInfo | null> {
  const q = db
    .select({ projectId: projects.id, hubId: projects.hubId, kind: projects.kind, visibility: projects.visibility })
    .from(projects)
    .where(eq(projects.id, projectId));
  const [p] = opts.lock ? await q.for("update") : await q;
  if (!p) return null;
  const [memberRows, groupRows] = await Promise.all([
    db.select({ personId: projectMembers.personId }).from(projectMembers).where(eq(projectMembers.projectId, projectId)),
    db.select({ groupId: projectGroups.groupId }).from(projectGroups).where(eq(projectGroups.projectId, projectId)),
  ]);
  return { projectId: p.projectId, hubId: p.hubId, memberCount: memberRows.length + groupRows.length, ...projectShape(p.kind, p.visibility) };
}

/** A person's effective project role: the highest of their direct role and their groups' roles. */
export async function loadProjectRole(db: Db, personId: string, projectId: string): Promise<ProjectRole | null> {
  const [direct, viaGroups] = await Promise.all([
    db.select({ role: projectMembers.role }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId))),
    db
      .select({ role: projectGroups.role })
      .from(projectGroups)
      .innerJoin(groupMembers, eq(groupMembers.groupId, projectGroups.groupId))
      .where(and(eq(projectGroups.projectId, projectId), eq(groupMembers.personId, personId))),
  ]);
  let best: ProjectRole | null = null;
  for (const { role } of [...direct, ...viaGroups]) {
    if (!best || projectRoleRank(role) > projectRoleRank(best)) best = role;
  }
  return best;
}

type ProjectBase = { actor: ActorFacts; hub: HubInfo; project: ProjectInfo };

async function loadProjectBase(db: Db, personId: string, projectId: string, opts: LockOption): Promise<ProjectBase | null> {
  const project = await loadProjectInfo(db, projectId, opts);
  if (!project) return null;
  const [hub, membership, role] = await Promise.all([
    loadHubInfo(db, project.hubId),
    loadActorHubFacts(db, personId, project.hubId),
    loadProjectRole(db, personId, projectId),
  ]);
  if (!hub) return null;
  const actor = actorWith(personId, { hub: membership, project: role ? { projectId, role } : null });
  return { actor, hub, project };
}

/** Facts for project actions: see, open, read/edit content, ask to join, manage members. */
export async function loadProjectFacts(db: Db, personId: string, projectId: string): Promise<Loaded<ProjectResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  return b && { actor: b.actor, resource: { kind: "project", hub: b.hub, project: b.project } };
}

/**
 * Facts for inviting someone to a project by email (FP-1, FP-4, LP-2, PR-3, PR-6). An
 * invitee with no account yet is "not in the hub" (HB-5: they would join as Project
 * Contributor). Pass `lock` inside the inviting transaction.
 */
export async function loadProjectInviteFacts(
  db: Db,
  personId: string,
  projectId: string,
  inviteeEmail: string,
  role: ProjectRole,
  opts: LockOption = {},
): Promise<Loaded<ProjectInviteResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, opts);
  if (!b) return null;
  const [invitee] = await db.select({ id: people.id }).from(people).where(eq(people.email, inviteeEmail.toLowerCase()));
  let hubRole: ProjectInviteResource["invitee"]["hubRole"] = null;
  let projectMember = false;
  if (invitee) {
    const [m] = await db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, b.hub.hubId), eq(hubMembers.personId, invitee.id)));
    hubRole = m?.role ?? null;
    projectMember = (await loadProjectRole(db, invitee.id, projectId)) !== null;
  }
  return { actor: b.actor, resource: { kind: "projectInvite", hub: b.hub, project: b.project, invitee: { hubRole, projectMember }, role } };
}

/** Facts for adding a group to a project (PR-4, PR-6). Pass `lock` inside the adding transaction. */
export async function loadProjectGroupAddFacts(db: Db, personId: string, projectId: string, groupId: string, opts: LockOption = {}): Promise<Loaded<ProjectGroupAddResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, opts);
  if (!b) return null;
  const existing = await db
    .select({ groupId: projectGroups.groupId })
    .from(projectGroups)
    .where(and(eq(projectGroups.projectId, projectId), eq(projectGroups.groupId, groupId)));
  return { actor: b.actor, resource: { kind: "projectGroupAdd", hub: b.hub, project: b.project, groupAlreadyAdded: existing.length > 0 } };
}

/** Facts for making someone project administrator (LP-3, LP-5, FP-3). */
export async function loadProjectMemberFacts(db: Db, personId: string, projectId: string, targetPersonId: string): Promise<Loaded<ProjectMemberResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  if (!b) return null;
  const [[m], projectRole] = await Promise.all([
    db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, b.hub.hubId), eq(hubMembers.personId, targetPersonId))),
    loadProjectRole(db, targetPersonId, projectId),
  ]);
  const target = { personId: targetPersonId, hubRole: m?.role ?? null, projectRole };
  return { actor: b.actor, resource: { kind: "projectMember", hub: b.hub, project: b.project, target } };
}

/** Facts for a join request: deciding it (PR-2) or its requester seeing the outcome. */
export async function loadJoinRequestFacts(db: Db, personId: string, requestId: string): Promise<Loaded<JoinRequestResource> | null> {
  const [r] = await db
    .select({ requestId: joinRequests.id, projectId: joinRequests.projectId, requesterId: joinRequests.personId, status: joinRequests.status })
    .from(joinRequests)
    .where(eq(joinRequests.id, requestId));
  if (!r) return null;
  const b = await loadProjectBase(db, personId, r.projectId, {});
  if (!b) return null;
  const request = { requestId: r.requestId, requesterId: r.requesterId, status: r.status };
  return { actor: b.actor, resource: { kind: "joinRequest", hub: b.hub, project: b.project, request } };
}

/** Facts for transferring a project (PR-5): the actor's standing in the source and the destination. */
export async function loadProjectTransferFacts(db: Db, personId: string, projectId: string, destinationHubId: string): Promise<Loaded<ProjectTransferResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  if (!b) return null;
  const [m] = await db
    .select({ role: hubMembers.role, active: hubMembers.active })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, destinationHubId), eq(hubMembers.personId, personId)));
  const destination = { hubId: destinationHubId, actorRole: m?.role ?? null, actorActive: m?.active ?? false };
  return { actor: b.actor, resource: { kind: "projectTransfer", hub: b.hub, project: b.project, destination } };
}
