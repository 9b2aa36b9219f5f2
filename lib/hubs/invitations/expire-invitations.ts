import "server-only";
import { and, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, invitations } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";

/**
 * HB-7's `expire` transition (pending → expired), run by the clock
 * (`npm run invitations:expire`): every pending invitation past its 7 days becomes expired,
 * each with its audit event (AU-1), so the hub's activity shows the outcome. Until it runs,
 * the rules already treat such an invitation as expired (invitationState), so nothing
 * depends on how often it runs.
 */
export async function expireInvitations(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(invitations)
      .set({ status: "expired" })
      .where(and(eq(invitations.status, "pending"), lte(invitations.expiresAt, now)))
      .returning({ id: invitations.id, hubId: invitations.hubId, email: invitations.email, expiresAt: invitations.expiresAt });
    if (expired.length === 0) return 0;
    const owners = await tx.select({ hubId: hubs.id, accountId: hubs.accountId }).from(hubs).where(inArray(hubs.id, [...new Set(expired.map((e) => e.hubId))]));
    const accountOf = new Map(owners.map((o) => [o.hubId, o.accountId]));
    for (const e of expired) {
      await writeAudit(tx, {
        actorId: null,
        actorLabel: "system",
        action: "invitation.expired",
        hubId: e.hubId,
        accountId: accountOf.get(e.hubId) ?? null,
        targetType: "invitation",
        targetId: e.id,
        targetLabel: e.email,
        before: { status: "pending", expiresAt: e.expiresAt.toISOString() },
        after: { status: "expired" },
        sideEffects: [{ rule: "HB-7", effect: "The invitation's 7 days ran out: its link now says it has expired" }],
      });
    }
    return expired.length;
  });
}
