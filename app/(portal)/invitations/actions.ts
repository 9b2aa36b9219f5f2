"use server";

import { runAction } from "@/lib/actions/server-door";
import { acceptInvitation } from "@/lib/hubs/invitations/accept-invitation";
import { declineInvitation } from "@/lib/hubs/invitations/decline-invitation";

// Doors only: the invitee's answer (HB-7) and its audit event live in lib/hubs/invitations.
export async function acceptInvitationAction(input: unknown) {
  return runAction(acceptInvitation, input);
}
export async function declineInvitationAction(input: unknown) {
  return runAction(declineInvitation, input);
}
