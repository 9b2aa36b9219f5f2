import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { cursorTimestamp } from "@/lib/input/schemas";
import { LIMITS } from "@/lib/security/limits";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";
import { sendFreshLink } from "./send-fresh-link";

/** A resend names the expiry the page showed (UTC, microseconds, as the list gives it): the link it renews, since each resend gives a new one. */
export const resendInvitationInput = invitationIdInput.extend({ seenExpiresAt: cursorTimestamp });

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * HB-7: resending (from pending or expired) renews the 7-day expiry, replaces the token (the old
 * link stops working) and emails once (EM-1). The invitation row is locked, so of two resends of
 * the link the actor saw (a double click) the second finds a new link already: it sends nothing
 * and says so.
 */
export const resendInvitation = defineAction({
  input: resendInvitationInput,
  action: "invitations.resend",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { invitationId }, actor) => lockInvitationFacts(tx, invitationId, actor),
  run: async (tx, { invitationId, seenExpiresAt }, { actor }) => {
    const row = await loadInvitationRow(tx, invitationId);
    if (row.expiresAt.getTime() !== new Date(seenExpiresAt).getTime()) {
      // conflict: the invitation changed since the page showed it (what the actor saw, HB-7).
      if (row.expiresAt.getTime() <= Date.now()) throw conflict("This invitation changed since the page showed it, so nothing was sent: reload the page (HB-7).", "HB-7");
      return { data: { invitationId: row.id, hubId: row.hubId, resent: false, message: `Already resent: the link now expires on ${day(row.expiresAt)}.` }, audit: [] };
    }
    const expiresAt = await sendFreshLink(tx, row, actor.name);
    return {
      data: { invitationId: row.id, hubId: row.hubId, resent: true, message: `Resent: the new link expires on ${day(expiresAt)}.` },
      audit: invitationAudit(row, "invitation.resent", { status: row.status, expiresAt: row.expiresAt.toISOString() }, { status: "pending", expiresAt: expiresAt.toISOString() }),
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
