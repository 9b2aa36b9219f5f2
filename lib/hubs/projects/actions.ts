"use server";

import { runAction } from "@/lib/actions/server-door";
import { createProject } from "@/lib/hubs/projects/create-project";
import { createItem } from "@/lib/hubs/projects/create-item";
import { renameItem } from "@/lib/hubs/projects/rename-item";
import { deleteItem } from "@/lib/hubs/projects/delete-item";
import { addProjectMember } from "@/lib/hubs/projects/add-project-member";
import { changeProjectRole } from "@/lib/hubs/projects/change-project-role";
import { promoteProjectAdmin } from "@/lib/hubs/projects/promote-project-admin";
import { removeProjectMember } from "@/lib/hubs/projects/remove-project-member";
import { requestJoin } from "@/lib/hubs/projects/request-join";
import { decideJoinRequest } from "@/lib/hubs/projects/decide-join-request";
import { createGroup } from "@/lib/hubs/projects/create-group";
import { editGroupMembers } from "@/lib/hubs/projects/edit-group-members";
import { addGroupToProject } from "@/lib/hubs/projects/add-group-to-project";
import { createShareLink } from "@/lib/hubs/projects/create-share-link";
import { revokeShareLink } from "@/lib/hubs/projects/revoke-share-link";
import { transferProject } from "@/lib/hubs/projects/transfer-project";

// Doors only: each use case, its permission and its audit live in lib/hubs/projects/.
export async function createProjectAction(input: unknown) {
  return runAction(createProject, input);
}
export async function createItemAction(input: unknown) {
  return runAction(createItem, input);
}
export async function renameItemAction(input: unknown) {
  return runAction(renameItem, input);
}
export async function deleteItemAction(input: unknown) {
  return runAction(deleteItem, input);
}
export async function addProjectMemberAction(input: unknown) {
  return runAction(addProjectMember, input);
}
export async function changeProjectRoleAction(input: unknown) {
  return runAction(changeProjectRole, input);
}
export async function promoteProjectAdminAction(input: unknown) {
  return runAction(promoteProjectAdmin, input);
}
export async function removeProjectMemberAction(input: unknown) {
  return runAction(removeProjectMember, input);
}
export async function requestJoinAction(input: unknown) {
  return runAction(requestJoin, input);
}
export async function decideJoinRequestAction(input: unknown) {
  return runAction(decideJoinRequest, input);
}
export async function createGroupAction(input: unknown) {
  return runAction(createGroup, input);
}
export async function editGroupMembersAction(input: unknown) {
  return runAction(editGroupMembers, input);
}
export async function addGroupToProjectAction(input: unknown) {
  return runAction(addGroupToProject, input);
}
export async function createShareLinkAction(input: unknown) {
  return runAction(createShareLink, input);
}
export async function revokeShareLinkAction(input: unknown) {
  return runAction(revokeShareLink, input);
}
export async function transferProjectAction(input: unknown) {
  return runAction(transferProject, input);
}
