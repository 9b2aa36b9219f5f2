import { defineAction } from "@/lib/actions/define-action";
import { LIMITS } from "@/lib/security/limits";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";
import { sendFreshLink } from "./send-fresh-link";

/** HB-7: resending (from pending or expired) renews the 7-day expiry, replaces the token (the old link stops working) and emails once (EM-1). */
export const resendInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.resend",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }, { actor }) => {
    const row = await loadInvitationRow(tx, invitationId);
    const expiresAt = await sendFreshLink(tx, row, actor.name);
    return {
      data: { invitationId: row.id, hubId: row.hubId },
      audit: invitationAudit(row, "invitation.resent", { status: row.status, expiresAt: row.expiresAt.toISOString() }, { status: "pending", expiresAt: expiresAt.toISOString() }),
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
