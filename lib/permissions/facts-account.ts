import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, accounts, classicUsers, contracts, namedUsers, ssoAdmins } from "@/db/schema";
import { loadNameOwnershipFacts } from "./facts-person-name";
import type { AccountInfo, AccountPersonResource, AccountResource, ActorAccountFacts, ActorFacts, ContractRole, TargetPersonFacts } from "./types";

/** What a loader returns: the facts `decide` needs. `null` from a loader = the resource does not exist. */
export type Loaded<R> = { actor: ActorFacts; resource: R };

export const actorWith = (personId: string, parts: Partial<Omit<ActorFacts, "personId">> = {}): ActorFacts => ({
  personId,
  account: null,
  hub: null,
  project: null,
  ...parts,
});

/** HY-1: which views the accounts have, from their contracts' management. */
export async function loadAccountInfos(db: Db, accountIds: readonly string[]): Promise<Map<string, AccountInfo>> {
  const out = new Map<string, AccountInfo>();
  if (accountIds.length === 0) return out;
  const ids = [...new Set(accountIds)];
  const rows = await db.select({ id: accounts.id }).from(accounts).where(inArray(accounts.id, ids));
  for (const r of rows) out.set(r.id, { accountId: r.id, hasNamedContract: false, hasClassicContract: false });
  const kinds = await db
    .selectDistinct({ accountId: contracts.accountId, management: contracts.management })
    .from(contracts)
    .where(inArray(contracts.accountId, ids));
  for (const k of kinds) {
    const info = out.get(k.accountId);
    if (!info) continue;
    if (k.management === "named") info.hasNamedContract = true;
    else info.hasClassicContract = true;
  }
  return out;
}

export async function loadAccountInfo(db: Db, accountId: string): Promise<AccountInfo | null> {
  return (await loadAccountInfos(db, [accountId])).get(accountId) ?? null;
}

/** The person's roles in one account; null when they have none there (UM-7: nothing to see). */
export async function loadActorAccountFacts(db: Db, personId: string, accountId: string): Promise<ActorAccountFacts | null> {
  const [admin, sso, named, classic, roleRows] = await Promise.all([
    db.select({ role: accountAdmins.role }).from(accountAdmins).where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.personId, personId))),
    db.select({ personId: ssoAdmins.personId }).from(ssoAdmins).where(and(eq(ssoAdmins.accountId, accountId), eq(ssoAdmins.personId, personId))),
    db.select({ personId: namedUsers.personId }).from(namedUsers).where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, personId))),
    db
      .select({ contractId: classicUsers.contractId })
      .from(classicUsers)
      .innerJoin(contracts, eq(contracts.id, classicUsers.contractId))
      .where(and(eq(contracts.accountId, accountId), eq(classicUsers.personId, personId)))
      .limit(1),
    db
      .select({ id: contracts.id, management: contracts.management, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId })
      .from(contracts)
      .where(and(eq(contracts.accountId, accountId), or(eq(contracts.contractManagerId, personId), eq(contracts.softwareCoordinatorId, personId)))),
  ]);
  const contractRoles: ContractRole[] = [];
  for (const c of roleRows) {
    if (c.cm === personId) contractRoles.push({ contractId: c.id, management: c.management, role: "manager" });
    if (c.sc === personId) contractRoles.push({ contractId: c.id, management: c.management, role: "coordinator" });
  }
  const facts: ActorAccountFacts = {
    accountId,
    adminRole: admin[0]?.role ?? null,
    ssoAdmin: sso.length > 0,
    namedUser: named.length > 0,
    classicUser: classic.length > 0,
    contractRoles,
  };
  const related = facts.adminRole !== null || facts.ssoAdmin || facts.namedUser || facts.classicUser || contractRoles.length > 0;
  return related ? facts : null;
}

/** A target person's standing in the account, UM-4's "admin of another account" and UM-5's name facts. */
export async function loadTargetPersonFacts(db: Db, accountId: string, personId: string): Promise<TargetPersonFacts> {
  const [adminRows, sso, named, nameFacts] = await Promise.all([
    db.select({ accountId: accountAdmins.accountId, role: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.personId, personId)),
    db.select({ personId: ssoAdmins.personId }).from(ssoAdmins).where(and(eq(ssoAdmins.accountId, accountId), eq(ssoAdmins.personId, personId))),
    db.select({ personId: namedUsers.personId }).from(namedUsers).where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, personId))),
    loadNameOwnershipFacts(db, accountId, personId),
  ]);
  return {
    ...nameFacts,
    personId,
    namedUser: named.length > 0,
    adminRole: adminRows.find((r) => r.accountId === accountId)?.role ?? null,
    ssoAdmin: sso.length > 0,
    adminOfOtherAccount: adminRows.some((r) => r.accountId !== accountId),
  };
}

/** Facts for account-level actions (views, named users list, admins page, SSO, hubs.create, activity). */
export async function loadAccountFacts(db: Db, personId: string, accountId: string): Promise<Loaded<AccountResource> | null> {
  const [account, roles] = await Promise.all([loadAccountInfo(db, accountId), loadActorAccountFacts(db, personId, accountId)]);
  if (!account) return null;
  return { actor: actorWith(personId, { account: roles }), resource: { kind: "account", account } };
}

/** Facts for actions on one person of the account (named-user edits, admin and SSO-admin roles). */
export async function loadAccountPersonFacts(db: Db, personId: string, accountId: string, targetPersonId: string): Promise<Loaded<AccountPersonResource> | null> {
  const [base, target] = await Promise.all([loadAccountFacts(db, personId, accountId), loadTargetPersonFacts(db, accountId, targetPersonId)]);
  if (!base) return null;
  return { actor: base.actor, resource: { kind: "accountPerson", account: base.resource.account, target } };
}
