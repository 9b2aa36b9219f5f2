import { and, asc, eq, lte, or, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions/facts";
import { nextInvitationState } from "@/lib/permissions";
import { LIMITS } from "@/lib/security/limits";
import { hubIdInput } from "../hub-input";
import { invitationExpiry } from "./invitation-email";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { sendFreshLink } from "./send-fresh-link";

/** At most this many in one go; the page offers the button again while more are left. */
const BATCH = 100;

/**
 * HB-7: a hub administrator resends every expired invitation of the hub at once: each gets
 * a new token, 7 more days and one email (EM-1). One that is no longer expired (answered or
 * resent meanwhile; rows are locked) is skipped, as the state machine says.
 */
export const resendExpiredInvitations = defineAction({
  input: hubIdInput,
  action: "invitations.resendExpired",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId }, { actor }) => {
    const now = new Date();
    const expired = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.hubId, hubId), or(eq(invitations.status, "expired"), and(eq(invitations.status, "pending"), lte(invitations.expiresAt, sql`now()`)))))
      .orderBy(asc(invitations.createdAt), asc(invitations.id))
      .limit(BATCH)
      .for("update");
    const audit = [];
    const expiresAt = invitationExpiry(now);
    for (const { id } of expired) {
      const row = await loadInvitationRow(tx, id);
      const state = row.status === "pending" && row.expiresAt <= now ? "expired" : row.status;
      if (!nextInvitationState(state, "resend") || state !== "expired") continue;
      await sendFreshLink(tx, row, actor.name, now);
      audit.push(invitationAudit(row, "invitation.resent", { status: "expired", expiresAt: row.expiresAt.toISOString() }, { status: "pending", expiresAt: expiresAt.toISOString() }));
    }
    return { data: { hubId, resent: audit.length }, audit };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/invitations`],
});
