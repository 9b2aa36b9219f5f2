"use server";

import { runAction } from "@/lib/actions/server-door";
import { addClassicUser } from "@/lib/contracts/add-classic-user";
import { addClassicUsers } from "@/lib/contracts/add-classic-users";
import { assignClassicProductToUsers } from "@/lib/contracts/assign-classic-product";
import { removeClassicUsers } from "@/lib/contracts/remove-classic-users";
import { unassignClassicProductFromUsers } from "@/lib/contracts/unassign-classic-product";
import { assignSoftwareCoordinator } from "@/lib/contracts/assign-software-coordinator";
import { removeSoftwareCoordinator } from "@/lib/contracts/remove-software-coordinator";
import { renewContract } from "@/lib/contracts/renew-contract";
import { setAutoRenew } from "@/lib/contracts/set-auto-renew";
import { editBillingContact } from "@/lib/contracts/edit-billing-contact";
import { previewContractManagerChange } from "@/lib/contracts/preview-contract-manager-change";
import { changeContractManager } from "@/lib/contracts/change-contract-manager";

// Doors only: each use case, its permission and its audit live in lib/contracts/.
export async function addClassicUserAction(input: unknown) {
  return runAction(addClassicUser, input);
}

export async function addClassicUsersAction(input: unknown) {
  return runAction(addClassicUsers, input);
}

export async function removeClassicUsersAction(input: unknown) {
  return runAction(removeClassicUsers, input);
}

export async function assignClassicProductAction(input: unknown) {
  return runAction(assignClassicProductToUsers, input);
}

export async function unassignClassicProductAction(input: unknown) {
  return runAction(unassignClassicProductFromUsers, input);
}

export async function assignSoftwareCoordinatorAction(input: unknown) {
  return runAction(assignSoftwareCoordinator, input);
}

export async function removeSoftwareCoordinatorAction(input: unknown) {
  return runAction(removeSoftwareCoordinator, input);
}

export async function renewContractAction(input: unknown) {
  return runAction(renewContract, input);
}

export async function setAutoRenewAction(input: unknown) {
  return runAction(setAutoRenew, input);
}

export async function editBillingContactAction(input: unknown) {
  return runAction(editBillingContact, input);
}

export async function previewContractManagerChangeAction(input: unknown) {
  return runAction(previewContractManagerChange, input);
}

export async function changeContractManagerAction(input: unknown) {
  return runAction(changeContractManager, input);
}
