"use server";

import { runAction } from "@/lib/actions/server-door";
import { addDomain } from "@/lib/accounts/sso/add-domain";
import { removeDomain } from "@/lib/accounts/sso/remove-domain";
import { setDomainEnforcement } from "@/lib/accounts/sso/set-domain-enforcement";

// Doors only: each use case, its permission (sso.manage, HB-1) and its audit event live in lib/accounts/sso.
export async function addDomainAction(input: unknown) {
  return runAction(addDomain, input);
}

export async function removeDomainAction(input: unknown) {
  return runAction(removeDomain, input);
}

export async function setDomainEnforcementAction(input: unknown) {
  return runAction(setDomainEnforcement, input);
}
