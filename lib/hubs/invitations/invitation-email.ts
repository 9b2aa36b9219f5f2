import type { Db } from "@/db/client";
import { publicLink } from "@/lib/config/public-url";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { INVITATION_TTL_DAYS } from "@/lib/permissions";

export type InvitationEmail = { to: string; token: string; inviterName: string; hubName: string; projectName: string | null };

/**
 * EM-1: the invitation's email, written to the outbox in the caller's transaction. The link
 * is built from the configured public URL, never from the request.
 */
export async function enqueueInvitationEmail(tx: Db, e: InvitationEmail): Promise<void> {
  const link = publicLink(`/invite/${e.token}`);
  const what = e.projectName ? `the project ${e.projectName} in the hub ${e.hubName}` : `the hub ${e.hubName} as a Hub Member`;
  await enqueueEmail(tx, {
    kind: e.projectName ? "project-invitation" : "hub-invitation",
    to: e.to,
    subject: `${e.inviterName} invited you to ${e.projectName ?? e.hubName}`,
    text: `Hello,\n\n${e.inviterName} invited you to join ${what}.\n\nAccept or decline: ${link}\n\nThis link works once, only for ${e.to}, and expires in ${INVITATION_TTL_DAYS} days.`,
  });
}

export const invitationExpiry = (now = new Date()): Date => new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
