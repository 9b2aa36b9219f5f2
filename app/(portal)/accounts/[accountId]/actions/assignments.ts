"use server";

import { runAction } from "@/lib/actions/server-door";
import { assignProduct } from "@/lib/accounts/named-users/assign-product";
import { unassignProduct } from "@/lib/accounts/named-users/unassign-product";

// Server actions are doors: the use case, its permission and its audit live in lib/.
export async function assignProductAction(input: unknown) {
  return runAction(assignProduct, input);
}

export async function unassignProductAction(input: unknown) {
  return runAction(unassignProduct, input);
}
