import type { Db } from "@/db/client";
import { decide, type Decision } from "@/lib/permissions";
import { loadContractFacts } from "@/lib/permissions/facts";

/**
 * May the actor see this contract's activity log (AU-2: its contract manager)? null = the
 * contract is not found for them (another account's, or one they may not see: UM-7, CL-8);
 * otherwise the decision, allowed or a visible refusal with its rule.
 */
export async function contractActivityAccess(db: Db, personId: string, accountId: string, contractId: string): Promise<Decision | null> {
  const facts = await loadContractFacts(db, personId, contractId);
  if (!facts || facts.resource.contract.accountId !== accountId) return null;
  const decision = decide(facts.actor, "activity.viewContract", facts.resource);
  if (!decision.allowed && decision.visible === false) return null;
  return decision;
}
