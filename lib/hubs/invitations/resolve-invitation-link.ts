import "server-only";
import { and, eq, exists } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, invitations, projects, replacedInvitationTokens } from "@/db/schema";
import { hashInvitationToken, invitationIdOf } from "./invitation-token";

/**
 * What an emailed link (/invite/<token>) stands for, so its page can say plainly what happened and what to do (HB-7).
 * Only a valid, open link names the hub, project and invited email: a replaced, cancelled, used or expired link,
 * or someone else's, tells its state and nothing about whom or what it was for.
 */
export type InvitationLink =
  | { state: "invalid" | "superseded" | "cancelled" | "used" | "expired" | "wrong_person" }
  | { state: "open"; invitationId: string; hubName: string; projectName: string | null; email: string; expiresAt: Date };

/** Reads only: opening the link changes nothing. `actorEmail` is null when signed out (the page sends them through sign-in). */
export async function resolveInvitationLink(db: Db, token: string, actorEmail: string | null, now = new Date()): Promise<InvitationLink> {
  const id = invitationIdOf(token);
  if (!id) return { state: "invalid" };
  const hash = hashInvitationToken(token);
  // One statement: the invitation, and whether this secret is one a resend replaced.
  const replaced = exists(
    db
      .select({ one: replacedInvitationTokens.invitationId })
      .from(replacedInvitationTokens)
      .where(and(eq(replacedInvitationTokens.invitationId, invitations.id), eq(replacedInvitationTokens.tokenHash, hash))),
  );
  const [row] = await db
    .select({ id: invitations.id, tokenHash: invitations.tokenHash, replaced, status: invitations.status, email: invitations.email, expiresAt: invitations.expiresAt, hubName: hubs.name, projectName: projects.name })
    .from(invitations)
    .innerJoin(hubs, eq(hubs.id, invitations.hubId))
    .leftJoin(projects, eq(projects.id, invitations.projectId))
    .where(eq(invitations.id, id));
  // Never sent (awaiting approval) or rejected: the link does not exist for anyone (HB-7).
  if (!row || row.status === "awaiting_approval" || row.status === "rejected") return { state: "invalid" };
  // A secret the portal issued for this invitation and a resend replaced says so; any other
  // secret is not valid, and tells nobody that the id exists (issue 14).
  if (row.tokenHash !== hash) return { state: row.replaced ? "superseded" : "invalid" };
  if (row.status === "cancelled") return { state: "cancelled" };
  if (row.status === "accepted" || row.status === "declined") return { state: "used" };
  if (row.status === "expired" || row.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  if (actorEmail !== null && actorEmail.toLowerCase() !== row.email) return { state: "wrong_person" };
  return { state: "open", invitationId: row.id, hubName: row.hubName, projectName: row.projectName, email: row.email, expiresAt: row.expiresAt };
}
