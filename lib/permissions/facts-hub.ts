import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, hubMembers, hubs, invitations, people, projectGroups, projectMembers, projects } from "@/db/schema";
import { actorWith, type Loaded } from "./facts-account";
import type {
  ActorHubFacts,
  HubActivationChangeResource,
  HubInfo,
  HubMemberResource,
  HubResource,
  HubRole,
  HubRoleChangeResource,
  HubTargetFacts,
  InvitationResource,
} from "./types";

export type LockOption = { lock?: boolean };

/**
 * The hub and its count of active administrators (HB-8). With `lock`, the administrator
 * rows are locked FOR UPDATE so that two concurrent demotions cannot both see "2 admins".
 */
export async function loadHubInfo(db: Db, hubId: string, opts: LockOption = {}): Promise<HubInfo | null> {
  const [hub] = await db
    .select({ hubId: hubs.id, accountId: hubs.accountId, invitationMode: hubs.invitationMode })
    .from(hubs)
    .where(eq(hubs.id, hubId));
  if (!hub) return null;
  const q = db
    .select({ personId: hubMembers.personId })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.role, "hub_admin"), eq(hubMembers.active, true)));
  const admins = opts.lock ? await q.for("update") : await q;
  return { ...hub, activeHubAdminCount: admins.length };
}

export async function loadHubTarget(db: Db, hubId: string, personId: string): Promise<HubTargetFacts | null> {
  const [m] = await db
    .select({ personId: hubMembers.personId, role: hubMembers.role, active: hubMembers.active })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
  return m ?? null;
}

/** Project administrator of any project of the hub, directly or through a group (PR-4). */
async function adminOfAnyProject(db: Db, personId: string, hubId: string): Promise<boolean> {
  const [direct, viaGroup] = await Promise.all([
    db
      .select({ projectId: projectMembers.projectId })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(eq(projects.hubId, hubId), eq(projectMembers.personId, personId), eq(projectMembers.role, "project_admin")))
      .limit(1),
    db
      .select({ projectId: projectGroups.projectId })
      .from(projectGroups)
      .innerJoin(groupMembers, eq(groupMembers.groupId, projectGroups.groupId))
      .innerJoin(projects, eq(projects.id, projectGroups.projectId))
      .where(and(eq(projects.hubId, hubId), eq(groupMembers.personId, personId), eq(projectGroups.role, "project_admin")))
      .limit(1),
  ]);
  return direct.length > 0 || viaGroup.length > 0;
}

/** The person's membership of the hub (HB-4: one role), or null when not a member. */
export async function loadActorHubFacts(db: Db, personId: string, hubId: string): Promise<ActorHubFacts | null> {
  const m = await loadHubTarget(db, hubId, personId);
  if (!m) return null;
  return { hubId, role: m.role, active: m.active, adminOfAnyProject: await adminOfAnyProject(db, personId, hubId) };
}

/** Facts for hub-level actions (open, settings, invite, sent invitations, create project, groups, activity). */
export async function loadHubFacts(db: Db, personId: string, hubId: string, opts: LockOption = {}): Promise<Loaded<HubResource> | null> {
  const [hub, membership] = await Promise.all([loadHubInfo(db, hubId, opts), loadActorHubFacts(db, personId, hubId)]);
  if (!hub) return null;
  return { actor: actorWith(personId, { hub: membership }), resource: { kind: "hub", hub } };
}

/** Facts for removing a member; null when the hub or the member does not exist. Lock for HB-8. */
export async function loadHubMemberFacts(db: Db, personId: string, hubId: string, targetPersonId: string, opts: LockOption = {}): Promise<Loaded<HubMemberResource> | null> {
  const [base, target] = await Promise.all([loadHubFacts(db, personId, hubId, opts), loadHubTarget(db, hubId, targetPersonId)]);
  if (!base || !target) return null;
  return { actor: base.actor, resource: { kind: "hubMember", hub: base.resource.hub, target } };
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
  const [inv] = await db
    .select({
      invitationId: invitations.id,
      hubId: invitations.hubId,
      projectId: invitations.projectId,
      status: invitations.status,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(eq(invitations.id, invitationId));
  if (!inv) return null;
  const [base, me] = await Promise.all([
    loadHubFacts(db, personId, inv.hubId),
    db.select({ email: people.email }).from(people).where(eq(people.id, personId)),
  ]);
  if (!base) return null;
  const invitation = {
    invitationId: inv.invitationId,
    hubId: inv.hubId,
    projectId: inv.projectId,
    status: inv.status,
    // Only a pending invitation runs out; an answered one stays as answered.
    expired: inv.status === "expired" || (inv.status === "pending" && inv.expiresAt.getTime() <= now.getTime()),
    // Invitation emails are stored lowercase (check constraint); people's may not be.
    addressedToActor: me[0]?.email.toLowerCase() === inv.email,
  };
  return { actor: base.actor, resource: { kind: "invitation", hub: base.resource.hub, invitation } };
}
