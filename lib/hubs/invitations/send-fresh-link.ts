import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations } from "@/db/schema";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import type { InvitationRow } from "./invitation-row";
import { newInvitationToken } from "./invitation-token";
import { rememberReplacedLink } from "./replaced-links";

/**
 * HB-7, EM-1: the invitation becomes pending with a new token (only its hash stored, so any
 * earlier link stops working) and 7 more days, and its email goes out in the caller's
 * transaction. Approve, resend and "resend all expired" each do this once per invitation.
 */
export async function sendFreshLink(tx: Db, row: InvitationRow, inviterName: string, now = new Date()): Promise<Date> {
  const { token, hash } = newInvitationToken(row.id);
  const expiresAt = invitationExpiry(now);
  await rememberReplacedLink(tx, row.id, row.tokenHash);
  await tx.update(invitations).set({ status: "pending", tokenHash: hash, expiresAt }).where(eq(invitations.id, row.id));
  await enqueueInvitationEmail(tx, { to: row.email, token, inviterName, hubName: row.hubName, projectName: row.projectName });
  return expiresAt;
}
