import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, invitations, people, projects } from "@/db/schema";

export type MyInvitation = { invitationId: string; hubName: string; projectName: string | null; invitedBy: string; expiresAt: Date };

/** HB-7: the invitations addressed to me that I can still answer (pending, unexpired); approval steps and rejections are not mine to see. */
export async function listMyInvitations(db: Db, personId: string): Promise<MyInvitation[]> {
  const inviter = sql<string>`coalesce((select coalesce(nullif(i.name, ''), i.email) from people i where i.id = ${invitations.invitedBy}), 'A hub administrator')`;
  return db
    .select({ invitationId: invitations.id, hubName: hubs.name, projectName: projects.name, invitedBy: inviter, expiresAt: invitations.expiresAt })
    .from(invitations)
    .innerJoin(people, and(eq(people.id, personId), eq(sql`lower(${people.email})`, invitations.email)))
    .innerJoin(hubs, eq(hubs.id, invitations.hubId))
    .leftJoin(projects, eq(projects.id, invitations.projectId))
    .where(and(eq(invitations.status, "pending"), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(asc(invitations.expiresAt));
}
