import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts } from "@/db/schema";
import { decide, loadAccountFacts, loadContractFacts } from "@/lib/permissions";
import type { AccessFacts, ContractAccessFacts } from "./access-explained";

/**
 * The facts "Access explained" decides on: THE PERSON's (not the viewer's), for the account
 * and each of its contracts that the VIEWER may see (UM-7: a secondary admin is not shown
 * classic contracts they could not open themselves).
 */
export async function loadAccessFacts(db: Db, personId: string, accountId: string, viewerId: string): Promise<AccessFacts | null> {
  const account = await loadAccountFacts(db, personId, accountId);
  if (!account) return null;
  const rows = await db
    .select({ id: contracts.id, number: contracts.number, management: contracts.management })
    .from(contracts)
    .where(eq(contracts.accountId, accountId))
    .orderBy(asc(contracts.number));
  const list: ContractAccessFacts[] = [];
  for (const c of rows) {
    const viewer = await loadContractFacts(db, viewerId, c.id);
    if (!viewer || !decide(viewer.actor, "contracts.view", viewer.resource).allowed) continue;
    const facts = await loadContractFacts(db, personId, c.id);
    if (facts) list.push({ label: `${c.number} (${c.management})`, facts });
  }
  return { account, contracts: list };
}
