"use server";

import { runAction } from "@/lib/actions/server-door";
import { addJoinDomain } from "@/lib/hubs/add-join-domain";
import { removeJoinDomain } from "@/lib/hubs/remove-join-domain";
import { renameHub } from "@/lib/hubs/rename-hub";
import { setHubSharing } from "@/lib/hubs/set-hub-sharing";
import { setInvitationMode } from "@/lib/hubs/set-invitation-mode";

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
