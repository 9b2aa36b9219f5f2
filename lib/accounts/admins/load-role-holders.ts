import type { Db } from "@/db/client";
import type { ActorAccountFacts } from "@/lib/permissions";
import { listVisibleContracts } from "@/lib/contracts/list-contracts";
import type { RoleHolders } from "./describe-primary-admin-change";

function countBy(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} (${n} contract${n === 1 ? "" : "s"})`);
}

/**
 * The contract managers and software coordinators a primary-admin change leaves alone, read
 * through the actor's contract scope: a secondary admin is not shown who manages the classic
 * contracts they may not see (UM-7).
 */
export async function loadRoleHolders(db: Db, actor: ActorAccountFacts): Promise<RoleHolders> {
  const rows = await listVisibleContracts(db, actor);
  return {
    contractManagers: countBy(rows.map((r) => r.managerName)),
    softwareCoordinators: countBy(rows.flatMap((r) => (r.coordinatorName ? [r.coordinatorName] : []))),
  };
}
