import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubDepartures, hubMembers, hubs, joinRequests, people, projectMembers, projects } from "@/db/schema";
import { actorWith, type Loaded } from "./account";
import { hubInfoJson, membershipJson, type LockOption } from "./hub";
import { projectShape } from "../hub-rules";
import type {
  ActorFacts,
  ActorHubFacts,
  HubInfo,
  HubRole,
  JoinApprovalFacts,
  JoinRequestResource,
  ProjectGroupAddResource,
  ProjectInfo,
  ProjectInviteResource,
  ProjectMemberResource,
  ProjectResource,
  ProjectRole,
  ProjectShareResource,
  ProjectTransferResource,
} from "../types";

/** The effective project role of `personId` in project `p`: the highest of their direct and group roles. */
const projectRoleSql = (p: SQL, personId: string | SQL) => sql`(select r.role from (
    select pm.role from project_members pm where pm.project_id = ${p} and pm.person_id = ${personId}
    union all
    select pg.role from project_groups pg join group_members gm on gm.group_id = pg.group_id where pg.project_id = ${p} and gm.person_id = ${personId}
  ) r order by case r.role when 'project_admin' then 3 when 'editor' then 2 else 1 end desc limit 1)`;

/** PR-6: people plus groups (a group counts as one). */
const memberCountSql = (p: SQL) =>
  sql`((select count(*) from project_members pm where pm.project_id = ${p}) + (select count(*) from project_groups pg where pg.project_id = ${p}))::int`;

/**
 * The project, with its member count (people plus groups, PR-6), in one statement. With
 * `lock`, the project row is locked FOR UPDATE, so concurrent additions cannot both pass the cap.
 */
export async function loadProjectInfo(db: Db, projectId: string, opts: LockOption = {}): Promise<ProjectInfo | null> {
  const q = db
    .select({ projectId: projects.id, hubId: projects.hubId, kind: projects.kind, visibility: projects.visibility, memberCount: sql<number>`${memberCountSql(sql`${projects.id}`)}` })
    .from(projects)
    .where(eq(projects.id, projectId));
  // Lock first, count after (a fresh snapshot): see loadProjectBase.
  if (opts.lock) await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for("update");
  const [p] = await q;
  if (!p) return null;
  return { projectId: p.projectId, hubId: p.hubId, memberCount: p.memberCount, ...projectShape(p.kind, p.visibility) };
}

/** A person's effective project role: the highest of their direct role and their groups' roles. */
export async function loadProjectRole(db: Db, personId: string, projectId: string): Promise<ProjectRole | null> {
  const [row] = await db.select({ role: sql<ProjectRole | null>`${projectRoleSql(sql`${projects.id}`, personId)}` }).from(projects).where(eq(projects.id, projectId));
  return row?.role ?? null;
}

type ProjectBase = { actor: ActorFacts; hub: HubInfo; project: ProjectInfo; sharingEnabled: boolean };

/** The project, its hub (HB-8 count, sharing switch), the actor's hub membership and project role: one statement. */
async function loadProjectBase(db: Db, personId: string, projectId: string, opts: LockOption): Promise<ProjectBase | null> {
  const p = sql`${projects.id}`;
  const q = db
    .select({
      projectId: projects.id,
      hubId: projects.hubId,
      kind: projects.kind,
      visibility: projects.visibility,
      memberCount: sql<number>`${memberCountSql(p)}`,
      hub: sql<HubInfo>`${hubInfoJson(sql`${hubs.id}`)}`,
      sharingEnabled: hubs.sharingEnabled,
      membership: sql<ActorHubFacts | null>`${membershipJson(sql`${hubs.id}`, personId)}`,
      role: sql<ProjectRole | null>`${projectRoleSql(p, personId)}`,
    })
    .from(projects)
    .innerJoin(hubs, eq(hubs.id, projects.hubId))
    .where(eq(projects.id, projectId));
  // The lock is its own statement: a SELECT … FOR UPDATE that waited for the lock still counts
  // members with the snapshot it started with, so a racing addition would pass the cap (PR-6).
  if (opts.lock) await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for("update");
  const [row] = await q;
  if (!row) return null;
  const project: ProjectInfo = { projectId: row.projectId, hubId: row.hubId, memberCount: row.memberCount, ...projectShape(row.kind, row.visibility) };
  const actor = actorWith(personId, { hub: row.membership, project: row.role ? { projectId, role: row.role } : null });
  return { actor, hub: row.hub, project, sharingEnabled: row.sharingEnabled };
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
  // The invitee's standing in one statement: hub role and activation, the hub's memory of their
  // departure (HB-8 Decision), and their project role (direct or through a group).
  const [invitee] = await db
    .select({
      hubRole: hubMembers.role,
      active: hubMembers.active,
      departure: hubDepartures.reason,
      projectRole: sql<ProjectRole | null>`${projectRoleSql(sql`${projectId}::uuid`, sql`${people.id}`)}`,
    })
    .from(people)
    .leftJoin(hubMembers, and(eq(hubMembers.hubId, b.hub.hubId), eq(hubMembers.personId, people.id)))
    .leftJoin(hubDepartures, and(eq(hubDepartures.hubId, b.hub.hubId), eq(hubDepartures.personId, people.id)))
    .where(eq(people.email, inviteeEmail.toLowerCase()));
  const hubRole: HubRole | null = invitee?.hubRole ?? null;
  const facts = {
    hubRole,
    projectMember: (invitee?.projectRole ?? null) !== null,
    active: invitee?.active ?? true,
    departure: hubRole ? null : (invitee?.departure ?? null),
  };
  return { actor: b.actor, resource: { kind: "projectInvite", hub: b.hub, project: b.project, invitee: facts, role } };
}

/** Facts for adding a group to a project (PR-4, PR-6). Pass `lock` inside the adding transaction. */
export async function loadProjectGroupAddFacts(db: Db, personId: string, projectId: string, groupId: string, opts: LockOption = {}): Promise<Loaded<ProjectGroupAddResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, opts);
  if (!b) return null;
  const [g] = await db
    .select({
      // Written as projects.… : drizzle leaves a single-table select's columns unqualified, and the subqueries would capture them.
      added: sql<boolean>`exists (select 1 from project_groups pg where pg.project_id = projects.id and pg.group_id = ${groupId})`,
      // LP-2: a Project Contributor of this hub in the group.
      holdsContributor: sql<boolean>`exists (select 1 from group_members gm join hub_members hm on hm.person_id = gm.person_id and hm.hub_id = projects.hub_id
        where gm.group_id = ${groupId} and hm.role = 'project_contributor')`,
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  const resource = { kind: "projectGroupAdd", hub: b.hub, project: b.project, groupAlreadyAdded: g?.added === true, groupHoldsContributor: g?.holdsContributor === true } as const;
  return { actor: b.actor, resource };
}

/** Facts for making someone project administrator (LP-3, LP-5, FP-3). */
export async function loadProjectMemberFacts(db: Db, personId: string, projectId: string, targetPersonId: string): Promise<Loaded<ProjectMemberResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  if (!b) return null;
  const [[m], projectRole, [direct]] = await Promise.all([
    db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, b.hub.hubId), eq(hubMembers.personId, targetPersonId))),
    loadProjectRole(db, targetPersonId, projectId),
    db.select({ role: projectMembers.role }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, targetPersonId))),
  ]);
  const target = { personId: targetPersonId, hubRole: m?.role ?? null, projectRole, directRole: direct?.role ?? null };
  return { actor: b.actor, resource: { kind: "projectMember", hub: b.hub, project: b.project, target } };
}

/**
 * Facts for a join request: deciding it (PR-2) or its requester seeing the outcome. With
 * `approving`, also the requester's standing in the hub now (HB-8, HB-9, FP-2, LP-2), read with the request.
 */
export async function loadJoinRequestFacts(db: Db, personId: string, requestId: string, opts: { approving?: boolean } = {}): Promise<Loaded<JoinRequestResource> | null> {
  const [r] = await db
    .select({
      requestId: joinRequests.id,
      projectId: joinRequests.projectId,
      requesterId: joinRequests.personId,
      status: joinRequests.status,
      requester: sql<{ role: HubRole; active: boolean } | null>`(select json_build_object('role', hm.role, 'active', hm.active)
        from hub_members hm join projects pr on pr.hub_id = hm.hub_id where pr.id = join_requests.project_id and hm.person_id = join_requests.person_id)`,
    })
    .from(joinRequests)
    .where(eq(joinRequests.id, requestId));
  if (!r) return null;
  const b = await loadProjectBase(db, personId, r.projectId, {});
  if (!b) return null;
  const request = { requestId: r.requestId, requesterId: r.requesterId, status: r.status };
  const approving: JoinApprovalFacts | undefined = opts.approving ? { requesterHubRole: r.requester?.role ?? null, requesterActive: r.requester?.active ?? false } : undefined;
  return { actor: b.actor, resource: { kind: "joinRequest", hub: b.hub, project: b.project, request, ...(approving ? { approving } : {}) } };
}

/** Facts for transferring a project (PR-5): the actor's standing in the source and the destination. */
export async function loadProjectTransferFacts(db: Db, personId: string, projectId: string, destinationHubId: string): Promise<Loaded<ProjectTransferResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  if (!b) return null;
  const [m] = await db
    .select({ accountId: hubs.accountId, role: hubMembers.role, active: hubMembers.active })
    .from(hubs)
    .leftJoin(hubMembers, and(eq(hubMembers.hubId, hubs.id), eq(hubMembers.personId, personId)))
    .where(eq(hubs.id, destinationHubId));
  const destination = { hubId: destinationHubId, accountId: m?.accountId ?? null, actorRole: m?.role ?? null, actorActive: m?.active ?? false };
  return { actor: b.actor, resource: { kind: "projectTransfer", hub: b.hub, project: b.project, destination } };
}

/**
 * Facts for sharing a project item by public link (HB-3): the hub's sharing switch, read with the
 * project. With `lock` (creating a link), the hub row is share-locked and the switch read again in
 * that statement: a link made while a hub administrator turns sharing off either waits for the
 * switch and is refused, or commits first and is disabled by it (set-hub-sharing.ts updates that
 * row, then revokes every link).
 */
export async function loadProjectShareFacts(db: Db, personId: string, projectId: string, opts: LockOption = {}): Promise<Loaded<ProjectShareResource> | null> {
  const b = await loadProjectBase(db, personId, projectId, {});
  if (!b) return null;
  let sharingEnabled = b.sharingEnabled;
  if (opts.lock) {
    // FOR SHARE waits for a concurrent switch and then returns the row as that change left it.
    const [h] = await db.select({ sharingEnabled: hubs.sharingEnabled }).from(hubs).where(eq(hubs.id, b.hub.hubId)).for("share");
    sharingEnabled = h?.sharingEnabled ?? false;
  }
  return { actor: b.actor, resource: { kind: "projectShare", hub: b.hub, project: b.project, sharingEnabled } };
}
