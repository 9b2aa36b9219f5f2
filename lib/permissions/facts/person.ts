import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { accountInfoJson, accountRolesJson, actorWith, type Loaded } from "./account";
import { adminOfAnyProjectSql } from "./hub";
import type { AccountInfo, AccountResource, ActorAccountFacts, ActorHubFacts, HubRole } from "../types";

/** `namedUsers`: the account's named-user counter (migration 0011), read here so By User's header costs no extra round trip. */
export type PersonAccount = { accountId: string; name: string; account: AccountInfo; roles: ActorAccountFacts; namedUsers: number };
export type PersonHub = ActorHubFacts & { name: string; accountId: string };

/**
 * Everything a request needs to know about the signed-in person, in ONE statement: their
 * roles in every account they belong to (with each account's views, HY-1), their hub
 * memberships, and whether the demo world is present (the shell's banner). Pages read it
 * through the per-request cache (lib/pages/request-facts.ts); use cases never do: they load
 * their facts with `tx`, locked, inside their transaction.
 */
export type PersonFacts = { personId: string; accounts: PersonAccount[]; hubs: PersonHub[]; demoWorld: boolean };

export async function loadPersonFacts(db: Db, personId: string): Promise<PersonFacts> {
  const a = sql`x.account_id`;
  const [row] = await db
    .select({
      accounts: sql<PersonAccount[]>`coalesce((
        select json_agg(json_build_object('accountId', ac.id, 'name', ac.name, 'account', ${accountInfoJson(sql`ac.id`)}, 'roles', ${accountRolesJson(sql`ac.id`, personId)},
          'namedUsers', coalesce((select u.users from named_user_counts u where u.account_id = ac.id), 0)) order by ac.name, ac.id)
        from accounts ac where ac.id in (
          select ${a} from (
            select account_id from account_admins where person_id = ${personId}
            union select account_id from sso_admins where person_id = ${personId}
            union select account_id from named_users where person_id = ${personId}
            union select c.account_id from classic_users cu join contracts c on c.id = cu.contract_id where cu.person_id = ${personId}
            union select account_id from contracts where contract_manager_id = ${personId} or software_coordinator_id = ${personId}) x)), '[]'::json)`,
      hubs: sql<PersonHub[]>`coalesce((
        select json_agg(json_build_object('hubId', h.id, 'name', h.name, 'accountId', h.account_id, 'role', m.role, 'active', m.active,
          'adminOfAnyProject', ${adminOfAnyProjectSql(sql`h.id`, personId)}) order by h.name, h.id)
        from hub_members m join hubs h on h.id = m.hub_id where m.person_id = ${personId}), '[]'::json)`,
      demoWorld: sql<boolean>`exists (select 1 from instance_settings s where s.key = 'demo_world')`,
    })
    .from(people)
    .where(eq(people.id, personId));
  return { personId, accounts: row?.accounts ?? [], hubs: row?.hubs ?? [], demoWorld: row?.demoWorld ?? false };
}

/** The account's facts from the person's facts, as `loadAccountFacts` gives them; null = they have no role there. */
export function accountFactsOf(facts: PersonFacts, accountId: string): Loaded<AccountResource> | null {
  const entry = facts.accounts.find((x) => x.accountId === accountId);
  if (!entry) return null;
  return { actor: actorWith(facts.personId, { account: entry.roles }), resource: { kind: "account", account: entry.account } };
}

export type NavigationAccount = Loaded<AccountResource> & { accountId: string; name: string };
export type NavigationHub = { hubId: string; name: string; accountId: string; role: HubRole };
export type PersonNavigation = { accounts: NavigationAccount[]; hubs: NavigationHub[] };

const administers = (r: ActorAccountFacts) => r.adminRole !== null || r.ssoAdmin || r.contractRoles.length > 0;

/**
 * What a person's navigation lists. Accounts: those where they hold an administering role
 * (primary, secondary or SSO admin, contract manager or software coordinator); being only
 * a named or classic user gives nothing to administer, so such accounts are not listed.
 * Each comes with its facts, so the caller asks `decide` (or `accountNavigation`) which
 * views to show. Hubs: those where they are an ACTIVE member (HB-8).
 */
export function navigationOf(facts: PersonFacts): PersonNavigation {
  return {
    accounts: facts.accounts
      .filter((x) => administers(x.roles))
      .map((x) => ({ accountId: x.accountId, name: x.name, actor: actorWith(facts.personId, { account: x.roles }), resource: { kind: "account", account: x.account } })),
    hubs: facts.hubs.filter((h) => h.active).map(({ hubId, name, accountId, role }) => ({ hubId, name, accountId, role })),
  };
}

/** The same list straight from the database (for callers outside a page's request, e.g. tests and scripts). */
export async function loadPersonAccountsAndHubs(db: Db, personId: string): Promise<PersonNavigation> {
  return navigationOf(await loadPersonFacts(db, personId));
}
