"use server";

import { runAction } from "@/lib/actions/server-door";
import { assignProductToUsers } from "@/lib/accounts/products/assign-product-to-users";

// A door: the use case, its permission (UM-5), seat check (UM-9) and audit (AU-1) live in lib/.
export async function assignProductToUsersAction(input: unknown) {
  return runAction(assignProductToUsers, input);
}
