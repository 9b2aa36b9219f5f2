"use server";

import { runAction } from "@/lib/actions/server-door";
import { changeHubRole } from "@/lib/hubs/change-hub-role";
import { leaveHub } from "@/lib/hubs/leave-hub";
import { removeHubMember } from "@/lib/hubs/remove-hub-member";
import { setMemberActivation } from "@/lib/hubs/set-member-activation";

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
