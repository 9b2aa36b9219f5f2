import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, groups, hubMembers, invitations, people, projectMembers, projects } from "@/db/schema";

/**
 * What removing a person from a hub (or their leaving it) takes with it, in the caller's
 * transaction: their membership, their project memberships and group memberships in this
 * hub, and (HB-7) every live or expired invitation addressed to them here (an expired one could be
 * resent), so no old link lets them back.
 */
export async function detachFromHub(tx: Db, hubId: string, personId: string): Promise<{ cancelledInvitations: number; projects: number }> {
  const hubProjects = tx.select({ id: projects.id }).from(projects).where(eq(projects.hubId, hubId));
  const hubGroups = tx.select({ id: groups.id }).from(groups).where(eq(groups.hubId, hubId));
  const left = await tx.delete(projectMembers).where(and(eq(projectMembers.personId, personId), inArray(projectMembers.projectId, hubProjects))).returning({ p: projectMembers.projectId });
  await tx.delete(groupMembers).where(and(eq(groupMembers.personId, personId), inArray(groupMembers.groupId, hubGroups)));
  await tx.delete(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
  const cancelled = await tx
    .update(invitations)
    .set({ status: "cancelled", respondedAt: new Date() })
    .where(
      and(
        eq(invitations.hubId, hubId),
        inArray(invitations.status, ["pending", "awaiting_approval", "expired"]),
        eq(invitations.email, sql`(select lower(${people.email}) from ${people} where ${people.id} = ${personId})`),
      ),
    )
    .returning({ id: invitations.id });
  return { cancelledInvitations: cancelled.length, projects: left.length };
}
