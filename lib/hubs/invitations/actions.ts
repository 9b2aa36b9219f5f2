"use server";

import { runAction } from "@/lib/actions/server-door";
import { approveInvitation } from "@/lib/hubs/invitations/approve-invitation";
import { cancelInvitation } from "@/lib/hubs/invitations/cancel-invitation";
import { invitePeople } from "@/lib/hubs/invitations/invite-people";
import { inviteToProject } from "@/lib/hubs/invitations/invite-to-project";
import { rejectInvitation } from "@/lib/hubs/invitations/reject-invitation";
import { resendExpiredInvitations } from "@/lib/hubs/invitations/resend-expired-invitations";
import { resendInvitation } from "@/lib/hubs/invitations/resend-invitation";
import { acceptInvitation } from "@/lib/hubs/invitations/accept-invitation";
import { declineInvitation } from "@/lib/hubs/invitations/decline-invitation";

// Doors only: permissions (HB-3, HB-6, HB-7), emails and audit events live in lib/hubs/invitations.
export async function invitePeopleAction(input: unknown) {
  return runAction(invitePeople, input);
}
export async function resendInvitationAction(input: unknown) {
  return runAction(resendInvitation, input);
}
export async function cancelInvitationAction(input: unknown) {
  return runAction(cancelInvitation, input);
}
export async function approveInvitationAction(input: unknown) {
  return runAction(approveInvitation, input);
}
export async function rejectInvitationAction(input: unknown) {
  return runAction(rejectInvitation, input);
}
export async function resendExpiredInvitationsAction(input: unknown) {
  return runAction(resendExpiredInvitations, input);
}

export async function inviteToProjectAction(input: unknown) {
  return runAction(inviteToProject, input);
}

// Doors only: the invitee's answer (HB-7) and its audit event live in lib/hubs/invitations.
export async function acceptInvitationAction(input: unknown) {
  return runAction(acceptInvitation, input);
}
export async function declineInvitationAction(input: unknown) {
  return runAction(declineInvitation, input);
}
