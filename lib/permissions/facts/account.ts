import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import { hasSignedInSql, inOtherAccountSql } from "./person-name";
import type { AccountInfo, AccountPersonResource, AccountResource, ActorAccountFacts, ActorFacts, TargetPersonFacts } from "../types";

/** What a loader returns: the facts `decide` needs. `null` from a loader = the resource does not exist. */
export type Loaded<R> = { actor: ActorFacts; resource: R };

export const actorWith = (personId: string, parts: Partial<Omit<ActorFacts, "personId">> = {}): ActorFacts => ({
  personId,
  account: null,
  hub: null,
  project: null,
  ...parts,
});

// The loaders below are one SQL statement each: the facts arrive as JSON built by the
// database (one round trip), typed on the way in. The fragments are shared with the
// person's facts (person.ts), so every path reads a role the same way.

/** HY-1 for the account `a`: which views it has, from its contracts' management. */
export const accountInfoJson = (a: SQL) => sql`json_build_object(
  'accountId', ${a},
  'hasNamedContract', exists (select 1 from contracts c where c.account_id = ${a} and c.management = 'named'),
  'hasClassicContract', exists (select 1 from contracts c where c.account_id = ${a} and c.management = 'classic'))`;

/**
 * The person's roles in the account `a`, every one read for THIS account (an SSO admin or
 * admin elsewhere is nothing here: HB-1, UM-7), or null when they have none there.
 */
export const accountRolesJson = (a: SQL, personId: string) => sql`(select case when r.admin_role is null and not r.sso_admin and not r.named_user
      and not r.classic_user and r.contract_roles = '[]'::jsonb then null
    else json_build_object('accountId', ${a}, 'adminRole', r.admin_role, 'ssoAdmin', r.sso_admin, 'namedUser', r.named_user,
      'classicUser', r.classic_user, 'contractRoles', r.contract_roles) end
  from (select
    (select aa.role from account_admins aa where aa.account_id = ${a} and aa.person_id = ${personId}) as admin_role,
    exists (select 1 from sso_admins s where s.account_id = ${a} and s.person_id = ${personId}) as sso_admin,
    exists (select 1 from named_users nu where nu.account_id = ${a} and nu.person_id = ${personId}) as named_user,
    exists (select 1 from classic_users cu join contracts c on c.id = cu.contract_id
            where c.account_id = ${a} and cu.person_id = ${personId}) as classic_user,
    coalesce((select jsonb_agg(jsonb_build_object('contractId', c.id, 'management', c.management, 'role', x.role) order by c.id, x.role)
      from contracts c cross join lateral (values ('manager', c.contract_manager_id), ('coordinator', c.software_coordinator_id)) as x(role, holder)
      where c.account_id = ${a} and x.holder = ${personId}), '[]'::jsonb) as contract_roles) r)`;

/** The targets' standing in the account `a`, UM-4's "admin of another account" and UM-5's name facts. */
const targetJson = (a: SQL, personId: SQL) => sql`json_build_object(
  'personId', ${personId},
  'namedUser', exists (select 1 from named_users nu where nu.account_id = ${a} and nu.person_id = ${personId}),
  'adminRole', (select aa.role from account_admins aa where aa.account_id = ${a} and aa.person_id = ${personId}),
  'ssoAdmin', exists (select 1 from sso_admins s where s.account_id = ${a} and s.person_id = ${personId}),
  'adminOfOtherAccount', exists (select 1 from account_admins aa where aa.person_id = ${personId} and aa.account_id <> ${a}),
  'hasSignedIn', ${hasSignedInSql(personId)},
  'inOtherAccount', ${inOtherAccountSql(a, personId)})`;

type AccountRow = { account: AccountInfo; roles: ActorAccountFacts | null };

async function loadAccountRows(db: Db, personId: string, accountIds: readonly string[]): Promise<Map<string, AccountRow>> {
  if (accountIds.length === 0) return new Map();
  const a = sql`${accounts.id}`;
  const rows = await db
    .select({ id: accounts.id, account: sql<AccountInfo>`${accountInfoJson(a)}`, roles: sql<ActorAccountFacts | null>`${accountRolesJson(a, personId)}` })
    .from(accounts)
    .where(inArray(accounts.id, [...new Set(accountIds)]));
  return new Map(rows.map((r) => [r.id, { account: r.account, roles: r.roles }]));
}

/** HY-1: which views the accounts have, from their contracts' management. */
export async function loadAccountInfos(db: Db, accountIds: readonly string[]): Promise<Map<string, AccountInfo>> {
  if (accountIds.length === 0) return new Map();
  const a = sql`${accounts.id}`;
  const rows = await db
    .select({ id: accounts.id, info: sql<AccountInfo>`${accountInfoJson(a)}` })
    .from(accounts)
    .where(inArray(accounts.id, [...new Set(accountIds)]));
  return new Map(rows.map((r) => [r.id, r.info]));
}

export async function loadAccountInfo(db: Db, accountId: string): Promise<AccountInfo | null> {
  return (await loadAccountInfos(db, [accountId])).get(accountId) ?? null;
}

/** The person's roles in one account; null when they have none there (UM-7: nothing to see). */
export async function loadActorAccountFacts(db: Db, personId: string, accountId: string): Promise<ActorAccountFacts | null> {
  return (await loadAccountRows(db, personId, [accountId])).get(accountId)?.roles ?? null;
}

/** Several people's standing in the account, one statement for all of them (bulk changes, the admins page). */
export async function loadTargetPeopleFacts(db: Db, accountId: string, personIds: readonly string[]): Promise<Map<string, TargetPersonFacts>> {
  if (personIds.length === 0) return new Map();
  const ids = [...new Set(personIds)];
  const rows = await db
    .select({ facts: sql<TargetPersonFacts>`${targetJson(sql`${accountId}::uuid`, sql`t.id`)}` })
    .from(sql`unnest(${sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::text[]`}) as t(id)`);
  return new Map(rows.map((r) => [r.facts.personId, r.facts]));
}

/** A target person's standing in the account, UM-4's "admin of another account" and UM-5's name facts. */
export async function loadTargetPersonFacts(db: Db, accountId: string, personId: string): Promise<TargetPersonFacts> {
  const facts = (await loadTargetPeopleFacts(db, accountId, [personId])).get(personId);
  if (!facts) throw new Error("target facts were not loaded");
  return facts;
}

/** Facts for account-level actions (views, named users list, admins page, SSO, hubs.create, activity): one statement. */
export async function loadAccountFacts(db: Db, personId: string, accountId: string): Promise<Loaded<AccountResource> | null> {
  const row = (await loadAccountRows(db, personId, [accountId])).get(accountId);
  if (!row) return null;
  return { actor: actorWith(personId, { account: row.roles }), resource: { kind: "account", account: row.account } };
}

/** Facts for actions on one person of the account (named-user edits, admin and SSO-admin roles): one statement. */
export async function loadAccountPersonFacts(db: Db, personId: string, accountId: string, targetPersonId: string): Promise<Loaded<AccountPersonResource> | null> {
  const a = sql`${accounts.id}`;
  const [row] = await db
    .select({
      account: sql<AccountInfo>`${accountInfoJson(a)}`,
      roles: sql<ActorAccountFacts | null>`${accountRolesJson(a, personId)}`,
      target: sql<TargetPersonFacts>`${targetJson(a, sql`${targetPersonId}::text`)}`,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row) return null;
  return { actor: actorWith(personId, { account: row.roles }), resource: { kind: "accountPerson", account: row.account, target: row.target } };
}
