import type { Db } from "@/db/client";
import { replacedInvitationTokens } from "@/db/schema";

/**
 * HB-7: a resend replaces an invitation's link. The old link's hash (never the token) is kept,
 * so that link says "replaced by a newer one"; any other secret with the invitation's id is
 * "not valid" (resolve-invitation-link.ts) and reveals nothing. Called in the resend's transaction.
 */
export async function rememberReplacedLink(tx: Db, invitationId: string, tokenHash: string): Promise<void> {
  await tx.insert(replacedInvitationTokens).values({ tokenHash, invitationId }).onConflictDoNothing();
}
