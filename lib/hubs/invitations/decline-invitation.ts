import { eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";

/** HB-7: the invitee declines their pending, unexpired invitation; the link then says it was used. */
export const declineInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.respond",
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId }) => {
    const row = await loadInvitationRow(tx, invitationId);
    await tx.update(invitations).set({ status: "declined", respondedAt: new Date() }).where(eq(invitations.id, row.id));
    return { data: { invitationId: row.id }, audit: invitationAudit(row, "invitation.declined", { status: row.status }, { status: "declined" }) };
  },
  revalidate: () => ["/invitations"],
});
