import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts } from "@/db/schema";
import { actorWith, loadAccountInfo, loadActorAccountFacts, loadTargetPersonFacts, type Loaded } from "./facts-account";
import type { ContractInfo, ContractManagerChangeResource, ContractResource } from "./types";

type ContractRow = { contract: ContractInfo; contractManagerId: string };

async function loadContractRow(db: Db, contractId: string, lock: boolean): Promise<ContractRow | null> {
  const q = db
    .select({
      contractId: contracts.id,
      accountId: contracts.accountId,
      management: contracts.management,
      channel: contracts.channel,
      contractManagerId: contracts.contractManagerId,
      softwareCoordinatorId: contracts.softwareCoordinatorId,
    })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  // CL-1/CL-6 are single columns; locking the row serialises concurrent role changes on it.
  const [row] = lock ? await q.for("update") : await q;
  if (!row) return null;
  const { contractManagerId, softwareCoordinatorId, ...rest } = row;
  return { contract: { ...rest, hasCoordinator: softwareCoordinatorId !== null }, contractManagerId };
}

/** Facts for actions on one contract (view, billing, coordinator, classic users, its activity log). */
export async function loadContractFacts(db: Db, personId: string, contractId: string, opts: { lock?: boolean } = {}): Promise<Loaded<ContractResource> | null> {
  const row = await loadContractRow(db, contractId, opts.lock ?? false);
  if (!row) return null;
  const { contract } = row;
  const [account, roles] = await Promise.all([loadAccountInfo(db, contract.accountId), loadActorAccountFacts(db, personId, contract.accountId)]);
  if (!account) return null;
  return { actor: actorWith(personId, { account: roles }), resource: { kind: "contract", account, contract } };
}

/**
 * Facts for handing over the contract manager role (CL-4), including what CL-5 needs for
 * its preview: is the new manager already an admin here, or of another account (UM-4).
 * `newManagerId` null = no replacement named (CL-1).
 */
export async function loadContractManagerChangeFacts(
  db: Db,
  personId: string,
  contractId: string,
  newManagerId: string | null,
  opts: { lock?: boolean } = {},
): Promise<Loaded<ContractManagerChangeResource> | null> {
  const row = await loadContractRow(db, contractId, opts.lock ?? false);
  if (!row) return null;
  const { contract, contractManagerId } = row;
  const [account, roles, target] = await Promise.all([
    loadAccountInfo(db, contract.accountId),
    loadActorAccountFacts(db, personId, contract.accountId),
    newManagerId ? loadTargetPersonFacts(db, contract.accountId, newManagerId) : Promise.resolve(null),
  ]);
  if (!account) return null;
  const newManager = target
    ? { personId: target.personId, isCurrentManager: target.personId === contractManagerId, namedUser: target.namedUser, adminRole: target.adminRole, adminOfOtherAccount: target.adminOfOtherAccount }
    : null;
  return { actor: actorWith(personId, { account: roles }), resource: { kind: "contractManagerChange", account, contract, newManager } };
}
