import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, people } from "@/db/schema";
import { accountInfoJson, accountRolesJson, actorWith, loadTargetPersonFacts, type Loaded } from "./account";
import type { AccountInfo, ActorAccountFacts, ContractInfo, ContractManagerChangeResource, ContractResource } from "../types";

type ContractRow = { contract: ContractInfo; contractManagerId: string; account: AccountInfo; roles: ActorAccountFacts | null };

/** The contract, its account's views and the actor's roles there, in one statement. */
async function loadContractRow(db: Db, personId: string, contractId: string, lock: boolean): Promise<ContractRow | null> {
  const a = sql`${contracts.accountId}`;
  const q = db
    .select({
      contractId: contracts.id,
      accountId: contracts.accountId,
      management: contracts.management,
      channel: contracts.channel,
      contractManagerId: contracts.contractManagerId,
      softwareCoordinatorId: contracts.softwareCoordinatorId,
      // UM-6 names the contract manager to those who may see the contract (one statement still).
      managerName: sql<string>`(select coalesce(nullif(${people.name}, ''), nullif(trim(${people.firstName} || ' ' || ${people.lastName}), ''), ${people.email}) from ${people} where ${people.id} = ${contracts.contractManagerId})`,
      account: sql<AccountInfo>`${accountInfoJson(a)}`,
      roles: sql<ActorAccountFacts | null>`${accountRolesJson(a, personId)}`,
    })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  // CL-1/CL-6 are single columns; locking the row serialises concurrent role changes on it.
  const [row] = lock ? await q.for("update", { of: contracts }) : await q;
  if (!row) return null;
  const { contractManagerId, softwareCoordinatorId, account, roles, ...rest } = row;
  return { contract: { ...rest, hasCoordinator: softwareCoordinatorId !== null }, contractManagerId, account, roles };
}

/** Facts for actions on one contract (view, billing, coordinator, classic users, its activity log). */
export async function loadContractFacts(db: Db, personId: string, contractId: string, opts: { lock?: boolean } = {}): Promise<Loaded<ContractResource> | null> {
  const row = await loadContractRow(db, personId, contractId, opts.lock ?? false);
  if (!row) return null;
  return { actor: actorWith(personId, { account: row.roles }), resource: { kind: "contract", account: row.account, contract: row.contract } };
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
  const row = await loadContractRow(db, personId, contractId, opts.lock ?? false);
  if (!row) return null;
  const { contract, contractManagerId } = row;
  const target = newManagerId ? await loadTargetPersonFacts(db, contract.accountId, newManagerId) : null;
  const newManager = target
    ? { personId: target.personId, isCurrentManager: target.personId === contractManagerId, namedUser: target.namedUser, adminRole: target.adminRole, adminOfOtherAccount: target.adminOfOtherAccount }
    : null;
  return { actor: actorWith(personId, { account: row.roles }), resource: { kind: "contractManagerChange", account: row.account, contract, newManager } };
}
