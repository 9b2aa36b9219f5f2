import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";

/** HB-7: a hub administrator withdraws a pending invitation, or one awaiting approval; its link then says "cancelled". */
export const cancelInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.cancel",
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }) => {
    const row = await loadInvitationRow(tx, invitationId);
    await tx.update(invitations).set({ status: "cancelled", respondedAt: new Date() }).where(eq(invitations.id, row.id));
    return { data: { invitationId: row.id, hubId: row.hubId }, audit: invitationAudit(row, "invitation.cancelled", { status: row.status }, { status: "cancelled" }) };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
