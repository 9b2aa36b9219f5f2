"use server";

import { runAction } from "@/lib/actions/server-door";
import { createHub } from "@/lib/hubs/create-hub";
import { joinHub } from "@/lib/hubs/join-hub";
import { changeHubRole } from "@/lib/hubs/change-hub-role";
import { leaveHub } from "@/lib/hubs/leave-hub";
import { removeHubMember } from "@/lib/hubs/remove-hub-member";
import { setMemberActivation } from "@/lib/hubs/set-member-activation";
import { addJoinDomain } from "@/lib/hubs/add-join-domain";
import { removeJoinDomain } from "@/lib/hubs/remove-join-domain";
import { renameHub } from "@/lib/hubs/rename-hub";
import { setHubSharing } from "@/lib/hubs/set-hub-sharing";
import { setInvitationMode } from "@/lib/hubs/set-invitation-mode";

// Doors only: each use case, its permission and its audit event live in lib/hubs.
export async function createHubAction(input: unknown) {
  return runAction(createHub, input);
}

export async function joinHubAction(input: unknown) {
  return runAction(joinHub, input);
}

// Doors only: permissions (HB-6, HB-8, HB-10) and audit events live in lib/hubs.
export async function changeHubRoleAction(input: unknown) {
  return runAction(changeHubRole, input);
}
export async function setMemberActivationAction(input: unknown) {
  return runAction(setMemberActivation, input);
}
export async function removeHubMemberAction(input: unknown) {
  return runAction(removeHubMember, input);
}
export async function leaveHubAction(input: unknown) {
  return runAction(leaveHub, input);
}

// Doors only: the permissions (HB-3, HB-6) and audit events live in lib/hubs.
export async function renameHubAction(input: unknown) {
  return runAction(renameHub, input);
}
export async function setInvitationModeAction(input: unknown) {
  return runAction(setInvitationMode, input);
}
export async function addJoinDomainAction(input: unknown) {
  return runAction(addJoinDomain, input);
}
export async function removeJoinDomainAction(input: unknown) {
  return runAction(removeJoinDomain, input);
}
export async function setHubSharingAction(input: unknown) {
  return runAction(setHubSharing, input);
}
