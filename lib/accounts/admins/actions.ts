"use server";

import { runAction } from "@/lib/actions/server-door";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { changePrimaryAdmin } from "@/lib/accounts/admins/change-primary-admin";
import { grantSsoAdmin } from "@/lib/accounts/admins/grant-sso-admin";
import { removeSecondaryAdmin } from "@/lib/accounts/admins/remove-secondary-admin";
import { revokeSsoAdmin } from "@/lib/accounts/admins/revoke-sso-admin";

// Server actions are doors: each use case, its permission and its audit live in lib/accounts/admins/.
export async function changePrimaryAdminAction(input: unknown) {
  return runAction(changePrimaryAdmin, input);
}

export async function addSecondaryAdminAction(input: unknown) {
  return runAction(addSecondaryAdmin, input);
}

export async function removeSecondaryAdminAction(input: unknown) {
  return runAction(removeSecondaryAdmin, input);
}

export async function grantSsoAdminAction(input: unknown) {
  return runAction(grantSsoAdmin, input);
}

export async function revokeSsoAdminAction(input: unknown) {
  return runAction(revokeSsoAdmin, input);
}
