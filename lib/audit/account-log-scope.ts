import type { ActorFacts } from "@/lib/permissions";
import type { AuditScope } from "./list-audit-events";

/**
 * The account log's scope for this actor (AU-2 within UM-7): the primary admin sees every
 * contract's events; a secondary admin the named contracts' and those of the classic
 * contracts they manage or coordinate themselves.
 */
export function accountLogScope(actor: ActorFacts, accountId: string): AuditScope {
  const roles = actor.account?.accountId === accountId ? actor.account : null;
  if (roles?.adminRole === "primary") return { accountId, contracts: "all" };
  const classic = (roles?.contractRoles ?? []).filter((r) => r.management === "classic").map((r) => r.contractId);
  return { accountId, contracts: { classic: [...new Set(classic)] } };
}
