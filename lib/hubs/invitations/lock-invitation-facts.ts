import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { invitations } from "@/db/schema";
import { loadInvitationFacts } from "@/lib/permissions/facts";

/** Locks the invitation row, then loads its facts: two answers to one invitation queue, and the second sees the first's. */
export async function lockInvitationFacts(tx: Db, invitationId: string, actor: Actor) {
  await tx.select({ id: invitations.id }).from(invitations).where(eq(invitations.id, invitationId)).for("update");
  return loadInvitationFacts(tx, actor.personId, invitationId);
}
