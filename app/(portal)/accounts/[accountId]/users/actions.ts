"use server";

import { runAction } from "@/lib/actions/server-door";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { bulkChangeNamedUsers } from "@/lib/accounts/named-users/bulk-change-named-users";
import { editNamedUser } from "@/lib/accounts/named-users/edit-named-user";
import { removeNamedUser } from "@/lib/accounts/named-users/remove-named-user";

// Doors only: each use case, its permission and its audit live in lib/accounts/named-users/.
export async function addNamedUserAction(input: unknown) {
  return runAction(addNamedUser, input);
}

export async function editNamedUserAction(input: unknown) {
  return runAction(editNamedUser, input);
}

export async function removeNamedUserAction(input: unknown) {
  return runAction(removeNamedUser, input);
}

export async function bulkChangeNamedUsersAction(input: unknown) {
  return runAction(bulkChangeNamedUsers, input);
}
