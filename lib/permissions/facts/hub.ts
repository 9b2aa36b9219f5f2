import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groups, hubDepartures, hubMembers, hubs, invitations, people, projectMembers } from "@/db/schema";
import { actorWith, type Loaded } from "./account";
import type {
  ActorHubFacts,
  DepartureReason,
  GroupMemberResource,
  HubRole,
  InvitationAcceptanceFacts,
  ProjectInfo,
  ProjectRole,
  HubActivationChangeResource,
  HubInfo,
  HubMemberResource,
  HubResource,
  HubRoleChangeResource,
  HubTargetFacts,
  InvitationResource,
} from "../types";

export type LockOption = { lock?: boolean };

/** Project administrator of any project of the hub `h`, directly or through a group (PR-4). */
export const adminOfAnyProjectSql = (h: SQL, personId: string) => sql`(exists (select 1 from project_members pm join projects pr on pr.id = pm.project_id
    where pr.hub_id = ${h} and pm.person_id = ${personId} and pm.role = 'project_admin')
  or exists (select 1 from project_groups pg join group_members gm on gm.group_id = pg.group_id join projects pr on pr.id = pg.project_id
    where pr.hub_id = ${h} and gm.person_id = ${personId} and pg.role = 'project_admin'))`;

/**
 * HB-8: the ACTIVE hub administrators of the hub `h`. With `lock`, their rows are locked
 * FOR UPDATE in the same statement, so two concurrent demotions cannot both see "2 admins".
 */
const activeAdminCount = (h: SQL, lock: boolean) =>
  sql`(select count(*)::int from (select hm.person_id from hub_members hm where hm.hub_id = ${h} and hm.role = 'hub_admin' and hm.active${lock ? sql` for update` : sql``}) admins)`;

export const hubInfoJson = (h: SQL, lock = false) =>
  sql`json_build_object('hubId', ${hubs.id}, 'accountId', ${hubs.accountId}, 'invitationMode', ${hubs.invitationMode}, 'activeHubAdminCount', ${activeAdminCount(h, lock)})`;

/** hubInfoJson for the hubs row called `alias` inside another statement's subquery (its columns written out, so nothing captures them). */
export const hubInfoJsonOf = (alias: string) => {
  const t = sql.raw(alias);
  return sql`json_build_object('hubId', ${t}.id, 'accountId', ${t}.account_id, 'invitationMode', ${t}.invitation_mode, 'activeHubAdminCount', ${activeAdminCount(sql`${t}.id`, false)})`;
};

export const membershipJson = (h: SQL, personId: string) => sql`(select json_build_object('hubId', m.hub_id, 'role', m.role, 'active', m.active,
    'adminOfAnyProject', ${adminOfAnyProjectSql(h, personId)})
  from hub_members m where m.hub_id = ${h} and m.person_id = ${personId})`;

/** The hub and its count of active administrators (HB-8), in one statement; `lock` as above. */
export async function loadHubInfo(db: Db, hubId: string, opts: LockOption = {}): Promise<HubInfo | null> {
  const [row] = await db.select({ hub: sql<HubInfo>`${hubInfoJson(sql`${hubs.id}`, opts.lock ?? false)}` }).from(hubs).where(eq(hubs.id, hubId));
  return row?.hub ?? null;
}

export async function loadHubTarget(db: Db, hubId: string, personId: string): Promise<HubTargetFacts | null> {
  const [m] = await db
    .select({ personId: hubMembers.personId, role: hubMembers.role, active: hubMembers.active })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
  return m ?? null;
}

/** The person's membership of the hub (HB-4: one role), or null when not a member. */
export async function loadActorHubFacts(db: Db, personId: string, hubId: string): Promise<ActorHubFacts | null> {
  const [row] = await db.select({ m: sql<ActorHubFacts | null>`${membershipJson(sql`${hubs.id}`, personId)}` }).from(hubs).where(eq(hubs.id, hubId));
  return row?.m ?? null;
}

type HubRow = { hub: HubInfo; name: string; membership: ActorHubFacts | null; target: HubTargetFacts | null };

/** The hub, the actor's membership and (optionally) a target member's, in one statement. */
async function loadHubRow(db: Db, personId: string, hubId: string, targetPersonId: string | null, opts: LockOption): Promise<HubRow | null> {
  const h = sql`${hubs.id}`;
  const [row] = await db
    .select({
      hub: sql<HubInfo>`${hubInfoJson(h, opts.lock ?? false)}`,
      name: hubs.name,
      membership: sql<ActorHubFacts | null>`${membershipJson(h, personId)}`,
      target: targetPersonId
        ? sql<HubTargetFacts | null>`(select json_build_object('personId', t.person_id, 'role', t.role, 'active', t.active) from hub_members t where t.hub_id = ${h} and t.person_id = ${targetPersonId})`
        : sql<null>`null`,
    })
    .from(hubs)
    .where(eq(hubs.id, hubId));
  return row ?? null;
}

/** Facts for hub-level actions (open, settings, invite, sent invitations, create project, groups, activity), with the hub's name. */
export async function loadHubFacts(db: Db, personId: string, hubId: string, opts: LockOption = {}): Promise<(Loaded<HubResource> & { name: string }) | null> {
  const row = await loadHubRow(db, personId, hubId, null, opts);
  if (!row) return null;
  return { actor: actorWith(personId, { hub: row.membership }), resource: { kind: "hub", hub: row.hub }, name: row.name };
}

/** Facts for removing a member; null when the hub or the member does not exist. Lock for HB-8. */
export async function loadHubMemberFacts(db: Db, personId: string, hubId: string, targetPersonId: string, opts: LockOption = {}): Promise<Loaded<HubMemberResource> | null> {
  const row = await loadHubRow(db, personId, hubId, targetPersonId, opts);
  if (!row?.target) return null;
  return { actor: actorWith(personId, { hub: row.membership }), resource: { kind: "hubMember", hub: row.hub, target: row.target } };
}

export async function loadHubRoleChangeFacts(
  db: Db,
  personId: string,
  hubId: string,
  targetPersonId: string,
  toRole: HubRole,
  opts: LockOption = {},
): Promise<Loaded<HubRoleChangeResource> | null> {
  const base = await loadHubMemberFacts(db, personId, hubId, targetPersonId, opts);
  if (!base) return null;
  return { actor: base.actor, resource: { kind: "hubRoleChange", hub: base.resource.hub, target: base.resource.target, toRole } };
}

export async function loadHubActivationChangeFacts(
  db: Db,
  personId: string,
  hubId: string,
  targetPersonId: string,
  toActive: boolean,
  opts: LockOption = {},
): Promise<Loaded<HubActivationChangeResource> | null> {
  const base = await loadHubMemberFacts(db, personId, hubId, targetPersonId, opts);
  if (!base) return null;
  return { actor: base.actor, resource: { kind: "hubActivationChange", hub: base.resource.hub, target: base.resource.target, toActive } };
}

/**
 * Facts for an invitation: resend / cancel / approve / reject (hub administrators) and
 * accept / decline (the invitee). `now` decides expiry here, since decide has no clock.
 */
export async function loadInvitationFacts(db: Db, personId: string, invitationId: string, now: Date = new Date()): Promise<Loaded<InvitationResource> | null> {
  const h = sql`${hubs.id}`;
  const [row] = await db
    .select({
      invitationId: invitations.id,
      hubId: invitations.hubId,
      projectId: invitations.projectId,
      status: invitations.status,
      expiresAt: invitations.expiresAt,
      hub: sql<HubInfo>`${hubInfoJson(h)}`,
      membership: sql<ActorHubFacts | null>`${membershipJson(h, personId)}`,
      // Invitation emails are stored lowercase (check constraint); people's may not be.
      addressedToActor: sql<boolean>`coalesce((select lower(me.email) from ${people} me where me.id = ${personId}) = ${invitations.email}, false)`,
    })
    .from(invitations)
    .innerJoin(hubs, eq(hubs.id, invitations.hubId))
    .where(eq(invitations.id, invitationId));
  if (!row) return null;
  const invitation = {
    invitationId: row.invitationId,
    hubId: row.hubId,
    projectId: row.projectId,
    status: row.status,
    // Only a pending invitation runs out; an answered one stays as answered.
    expired: row.status === "expired" || (row.status === "pending" && row.expiresAt.getTime() <= now.getTime()),
    addressedToActor: row.addressedToActor,
  };
  return { actor: actorWith(personId, { hub: row.membership }), resource: { kind: "invitation", hub: row.hub, invitation } };
}

/**
 * What accepting an invitation must still check at that moment (decide-hub.ts): the project it adds
 * to (`project`: counted by the caller under the project row's lock, PR-6), whether the invitee is
 * already in it, and HB-8's memory of their departure, with whether this invitation came after it
 * from someone who is an active hub administrator now. One statement.
 */
export async function loadInvitationAcceptanceFacts(db: Db, personId: string, invitationId: string, project: ProjectInfo | null): Promise<InvitationAcceptanceFacts | null> {
  const [row] = await db
    .select({
      projectRole: invitations.projectRole,
      alreadyProjectMember: sql<boolean>`exists (select 1 from ${projectMembers} pm where pm.project_id = ${invitations.projectId} and pm.person_id = ${personId})`,
      departure: hubDepartures.reason,
      invitedBackByAdmin: sql<boolean>`coalesce(${invitations.createdAt} > ${hubDepartures.departedAt}
        and exists (select 1 from hub_members a where a.hub_id = ${invitations.hubId} and a.person_id = ${invitations.invitedBy} and a.role = 'hub_admin' and a.active), false)`,
    })
    .from(invitations)
    .leftJoin(hubDepartures, and(eq(hubDepartures.hubId, invitations.hubId), eq(hubDepartures.personId, personId)))
    .where(eq(invitations.id, invitationId));
  if (!row) return null;
  const departure = row.departure ? { reason: row.departure, invitedBackByAdmin: row.invitedBackByAdmin } : null;
  return { project, projectRole: row.projectRole as ProjectRole | null, alreadyProjectMember: row.alreadyProjectMember, departure };
}

/**
 * Facts for adding a person to a hub group or taking them out (PR-4, FP-3, LP-2, HB-8): the hub and
 * the actor's membership, then the group (of THIS hub, else null: not found), whether it is in an
 * Open legacy project, and the person's standing in the hub.
 */
export async function loadGroupMemberChangeFacts(
  db: Db,
  personId: string,
  hubId: string,
  groupId: string,
  targetPersonId: string,
  change: "add" | "remove",
): Promise<(Loaded<GroupMemberResource> & { groupName: string }) | null> {
  const row = await loadHubRow(db, personId, hubId, null, {});
  if (!row) return null;
  const [g] = await db
    .select({
      name: groups.name,
      onOpenProject: sql<boolean>`exists (select 1 from project_groups pg join projects pr on pr.id = pg.project_id
        where pg.group_id = ${groups.id} and pr.kind = 'legacy' and pr.visibility = 'open')`,
      hubRole: hubMembers.role,
      active: hubMembers.active,
    })
    .from(groups)
    .leftJoin(hubMembers, and(eq(hubMembers.hubId, groups.hubId), eq(hubMembers.personId, targetPersonId)))
    .where(and(eq(groups.id, groupId), eq(groups.hubId, hubId)));
  if (!g) return null;
  const target = { personId: targetPersonId, hubRole: (g.hubRole ?? null) as HubRole | null, active: g.active ?? false };
  return {
    actor: actorWith(personId, { hub: row.membership }),
    resource: { kind: "groupMember", hub: row.hub, groupId, change, target, onOpenProject: g.onOpenProject },
    groupName: g.name,
  };
}

/** HB-8 Decision: the hub's memory of the person's departure, as SQL for the hub `h` (null when none). */
export const departureSql = (h: SQL, personId: string) =>
  sql<DepartureReason | null>`(select d.reason from hub_departures d where d.hub_id = ${h} and d.person_id = ${personId})`;

/** The hubs' facts the policy decides on, one statement for all of them. */
export async function loadHubInfos(db: Db, hubIds: string[]): Promise<Map<string, HubInfo>> {
  if (hubIds.length === 0) return new Map();
  const rows = await db
    .select({ info: sql<HubInfo>`${hubInfoJsonOf("hubs")}` })
    .from(hubs)
    .where(inArray(hubs.id, hubIds));
  return new Map(rows.map((r) => [r.info.hubId, r.info]));
}
