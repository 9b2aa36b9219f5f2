import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { LIMITS } from "@/lib/security/limits";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { newInvitationToken } from "./invitation-token";
import { lockInvitationFacts } from "./lock-invitation-facts";

/** HB-7: resending (from pending or expired) renews the 7-day expiry, replaces the token (the old link stops working) and emails once (EM-1). */
export const resendInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.resend",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }, { actor }) => {
    const row = await loadInvitationRow(tx, invitationId);
    const { token, hash } = newInvitationToken(row.id);
    const expiresAt = invitationExpiry();
    await tx.update(invitations).set({ status: "pending", tokenHash: hash, expiresAt }).where(eq(invitations.id, row.id));
    await enqueueInvitationEmail(tx, { to: row.email, token, inviterName: actor.name, hubName: row.hubName, projectName: row.projectName });
    return {
      data: { invitationId: row.id, hubId: row.hubId },
      audit: invitationAudit(row, "invitation.resent", { status: row.status, expiresAt: row.expiresAt.toISOString() }, { status: "pending", expiresAt: expiresAt.toISOString() }),
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
