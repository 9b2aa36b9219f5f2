import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, groups, hubDepartures, hubMembers, invitations, joinRequests, people, projectItems, projectMembers, projects, shareLinks } from "@/db/schema";
import type { AuditSideEffect } from "@/lib/audit/write-audit";
import type { DepartureReason } from "@/lib/permissions";
import { holdHubMembership } from "./hold-hub-membership";

/** HB-8 Decision: a departure the hub remembers (removed by `by`, a hub administrator; or left while deactivated, `by` null). */
export type Departure = { reason: DepartureReason; by: string | null };

export type DetachEffects = { cancelledInvitations: number; projects: number; declinedJoinRequests: number; revokedShareLinks: number; remembered: DepartureReason | null };

/**
 * What removing a person from a hub (or their leaving it) takes with it, in the caller's
 * transaction: their membership, their project memberships and group memberships in this
 * hub, (HB-7) every live or expired invitation addressed to them here (an expired one could be
 * resent) and their pending join requests to its projects (PR-2: nobody approves them in
 * afterwards), so no old link or request lets them back. A `departure` (HB-8 Decision: removed,
 * or left while deactivated) is remembered, so joining again by domain is refused, and the public
 * links they created in the hub are revoked (they know those tokens).
 */
export async function detachFromHub(tx: Db, hubId: string, personId: string, departure: Departure | null): Promise<DetachEffects> {
  // HB-5: first, so that an addition to a project or group at the same moment waits (hold-hub-membership.ts).
  await holdHubMembership(tx, hubId, personId, "update");
  const hubProjects = tx.select({ id: projects.id }).from(projects).where(eq(projects.hubId, hubId));
  const hubGroups = tx.select({ id: groups.id }).from(groups).where(eq(groups.hubId, hubId));
  const left = await tx.delete(projectMembers).where(and(eq(projectMembers.personId, personId), inArray(projectMembers.projectId, hubProjects))).returning({ p: projectMembers.projectId });
  await tx.delete(groupMembers).where(and(eq(groupMembers.personId, personId), inArray(groupMembers.groupId, hubGroups)));
  await tx.delete(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
  const now = new Date();
  const cancelled = await tx
    .update(invitations)
    .set({ status: "cancelled", respondedAt: now })
    .where(
      and(
        eq(invitations.hubId, hubId),
        inArray(invitations.status, ["pending", "awaiting_approval", "expired"]),
        eq(invitations.email, sql`(select lower(${people.email}) from ${people} where ${people.id} = ${personId})`),
      ),
    )
    .returning({ id: invitations.id });
  const declined = await tx
    .update(joinRequests)
    .set({ status: "declined", decidedAt: now })
    .where(and(eq(joinRequests.personId, personId), eq(joinRequests.status, "pending"), inArray(joinRequests.projectId, hubProjects)))
    .returning({ id: joinRequests.id });
  let revoked = 0;
  if (departure) {
    const hubItems = tx.select({ id: projectItems.id }).from(projectItems).where(inArray(projectItems.projectId, hubProjects));
    const links = await tx
      .update(shareLinks)
      .set({ revokedAt: now })
      .where(and(eq(shareLinks.createdBy, personId), isNull(shareLinks.revokedAt), inArray(shareLinks.itemId, hubItems)))
      .returning({ id: shareLinks.id });
    revoked = links.length;
    // The database's clock, as for invitations' created_at: accepting compares the two (decide-hub.ts).
    await tx
      .insert(hubDepartures)
      .values({ hubId, personId, reason: departure.reason, byPersonId: departure.by })
      .onConflictDoUpdate({ target: [hubDepartures.hubId, hubDepartures.personId], set: { reason: departure.reason, byPersonId: departure.by, departedAt: sql`now()` } });
  }
  return { cancelledInvitations: cancelled.length, projects: left.length, declinedJoinRequests: declined.length, revokedShareLinks: revoked, remembered: departure?.reason ?? null };
}

/** The audit event's side effects of a detach, each with the rule that causes it (AU-1). */
export function detachSideEffects(e: DetachEffects): AuditSideEffect[] {
  return [
    ...(e.cancelledInvitations > 0 ? [{ rule: "HB-7", effect: `${e.cancelledInvitations} pending invitation(s) addressed to them cancelled` }] : []),
    ...(e.projects > 0 ? [{ rule: "HB-3", effect: `Removed from ${e.projects} project(s) of the hub` }] : []),
    ...(e.declinedJoinRequests > 0 ? [{ rule: "PR-2", effect: `${e.declinedJoinRequests} pending join request(s) declined` }] : []),
    ...(e.revokedShareLinks > 0 ? [{ rule: "HB-3", effect: `${e.revokedShareLinks} public link(s) they created revoked` }] : []),
    ...(e.remembered
      ? [{ rule: "HB-8", effect: `Remembered as ${e.remembered === "removed" ? "removed by a hub administrator" : "left while deactivated"}: joining again by domain is refused; a hub administrator can invite them` }]
      : []),
  ];
}
