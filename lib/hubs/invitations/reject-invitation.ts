import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";

/** HB-3: a hub administrator rejects a member's invitation; no email is ever sent, and the invitee never sees it. */
export const rejectInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.reject",
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }) => {
    const row = await loadInvitationRow(tx, invitationId);
    await tx.update(invitations).set({ status: "rejected", respondedAt: new Date() }).where(eq(invitations.id, row.id));
    return { data: { invitationId: row.id, hubId: row.hubId }, audit: invitationAudit(row, "invitation.rejected", { status: row.status }, { status: "rejected" }) };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
