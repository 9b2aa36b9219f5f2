import { defineAction } from "@/lib/actions/define-action";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";
import { sendFreshLink } from "./send-fresh-link";

/** HB-3: a hub administrator approves a member's invitation: it becomes pending for 7 days and its email goes out (EM-1). */
export const approveInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.approve",
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }) => {
    const row = await loadInvitationRow(tx, invitationId);
    // The email names who invited them (the member), not who approved.
    const expiresAt = await sendFreshLink(tx, row, row.inviterName);
    return {
      data: { invitationId: row.id, hubId: row.hubId },
      audit: invitationAudit(row, "invitation.approved", { status: row.status }, { status: "pending", expiresAt: expiresAt.toISOString() }),
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
