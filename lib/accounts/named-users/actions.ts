"use server";

import { runAction } from "@/lib/actions/server-door";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { bulkChangeNamedUsers } from "@/lib/accounts/named-users/bulk-change-named-users";
import { editNamedUser } from "@/lib/accounts/named-users/edit-named-user";
import { removeNamedUser } from "@/lib/accounts/named-users/remove-named-user";
import { assignProduct } from "@/lib/accounts/named-users/assign-product";
import { unassignProduct } from "@/lib/accounts/named-users/unassign-product";

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

// Server actions are doors: the use case, its permission and its audit live in lib/.
export async function assignProductAction(input: unknown) {
  return runAction(assignProduct, input);
}

export async function unassignProductAction(input: unknown) {
  return runAction(unassignProduct, input);
}
