import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { newInvitationToken } from "./invitation-token";
import { lockInvitationFacts } from "./lock-invitation-facts";

/** HB-3: a hub administrator approves a member's invitation: it becomes pending for 7 days and its email goes out (EM-1). */
export const approveInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.approve",
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }) => {
    const row = await loadInvitationRow(tx, invitationId);
    const { token, hash } = newInvitationToken(row.id);
    const expiresAt = invitationExpiry();
    await tx.update(invitations).set({ status: "pending", tokenHash: hash, expiresAt }).where(eq(invitations.id, row.id));
    // The email names who invited them (the member), not who approved.
    await enqueueInvitationEmail(tx, { to: row.email, token, inviterName: row.inviterName, hubName: row.hubName, projectName: row.projectName });
    return {
      data: { invitationId: row.id, hubId: row.hubId },
      audit: invitationAudit(row, "invitation.approved", { status: row.status }, { status: "pending", expiresAt: expiresAt.toISOString() }),
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
