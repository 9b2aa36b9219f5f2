import type { Db } from "@/db/client";
import { decide, type Decision } from "@/lib/permissions";
import { loadContractFacts } from "@/lib/permissions/facts";
import { loadContractDetails, type ClassicUserPage, type ContractDetails } from "./load-contract-details";

export type BillingView = {
  /** The actor manages renewal and billing (CL-3): only the contract manager. */
  canManage: boolean;
  /** Who does, for everyone else (UM-6, CL-8), with the rule's reason. */
  notice: string | null;
  decision: Decision;
};

/** What the actor may do on the contract, from the same policy the use cases run (capability flags for the page). */
export type ContractCapabilities = {
  manageUsers: Decision;
  manageAccess: Decision;
  assignCoordinator: Decision;
  removeCoordinator: Decision;
  /** Only the contract manager hands the role over (CL-4); the hand-over itself is decided with the new manager's facts. */
  changeManager: boolean;
  /** The contract's activity log (AU-2: its contract manager). */
  activity: boolean;
  /** The move-to-User-Management dry run (CL-3, UM-7). */
  movePreview: boolean;
};

export type ContractView = { details: ContractDetails; access: Decision; billing: BillingView; can: ContractCapabilities };

/**
 * A contract as the actor may see it, or null for "not found": a contract of another
 * account, or one the policy hides from the actor (UM-7, CL-8). The URL's account must be
 * the contract's, so an id cannot be read through another account's pages.
 */
export async function viewContract(db: Db, actorId: string, accountId: string, contractId: string, page: ClassicUserPage = {}): Promise<ContractView | null> {
  const facts = await loadContractFacts(db, actorId, contractId);
  if (!facts || facts.resource.contract.accountId !== accountId) return null;
  const access = decide(facts.actor, "contracts.view", facts.resource);
  if (!access.allowed) return null;
  const details = await loadContractDetails(db, contractId, page);
  if (!details) return null;
  const decision = decide(facts.actor, "contracts.manageBilling", facts.resource);
  const { name, email } = details.manager;
  const notice = decision.allowed ? null : `Renewal and billing are managed by the contract manager, ${name} (${email}).`;
  const can: ContractCapabilities = {
    manageUsers: decide(facts.actor, "contracts.manageClassicUsers", facts.resource),
    manageAccess: decide(facts.actor, "contracts.manageClassicAccess", facts.resource),
    assignCoordinator: decide(facts.actor, "contracts.assignCoordinator", facts.resource),
    removeCoordinator: decide(facts.actor, "contracts.removeCoordinator", facts.resource),
    changeManager: facts.actor.account?.contractRoles.some((r) => r.contractId === contractId && r.role === "manager") ?? false,
    activity: decide(facts.actor, "activity.viewContract", facts.resource).allowed,
    movePreview: decide(facts.actor, "contracts.previewMoveToNamed", facts.resource).allowed,
  };
  return { details, access, billing: { canManage: decision.allowed, notice, decision }, can };
}
