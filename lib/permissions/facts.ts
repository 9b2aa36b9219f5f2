import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, accounts, contracts, hubMembers, hubs, ssoAdmins } from "@/db/schema";
import { actorWith, loadAccountInfos, loadActorAccountFacts, type Loaded } from "./facts-account";
import type { AccountResource, HubRole } from "./types";

// The fact loaders: the only part of the library that reads the database. Each takes
// `db` or a transaction first, selects explicit columns, and returns plain facts for
// `decide` (or null when the resource does not exist).
export * from "./facts-account";
export * from "./facts-contract";
export * from "./facts-hub";
export * from "./facts-project";

export type NavigationAccount = Loaded<AccountResource> & { accountId: string; name: string };
export type NavigationHub = { hubId: string; name: string; accountId: string; role: HubRole };
export type PersonNavigation = { accounts: NavigationAccount[]; hubs: NavigationHub[] };

/**
 * What a person's navigation lists. Accounts: those where they hold an administering role
 * (primary, secondary or SSO admin, contract manager or software coordinator); being only
 * a named or classic user gives nothing to administer, so such accounts are not listed.
 * Each comes with its facts, so the caller asks `decide` (or `accountNavigation`) which
 * views to show. Hubs: those where they are an ACTIVE member (HB-8).
 */
export async function loadPersonAccountsAndHubs(db: Db, personId: string): Promise<PersonNavigation> {
  const [adminRows, ssoRows, contractRows, hubRows] = await Promise.all([
    db.select({ accountId: accountAdmins.accountId }).from(accountAdmins).where(eq(accountAdmins.personId, personId)),
    db.select({ accountId: ssoAdmins.accountId }).from(ssoAdmins).where(eq(ssoAdmins.personId, personId)),
    db
      .selectDistinct({ accountId: contracts.accountId })
      .from(contracts)
      .where(or(eq(contracts.contractManagerId, personId), eq(contracts.softwareCoordinatorId, personId))),
    db
      .select({ hubId: hubs.id, name: hubs.name, accountId: hubs.accountId, role: hubMembers.role })
      .from(hubMembers)
      .innerJoin(hubs, eq(hubs.id, hubMembers.hubId))
      .where(and(eq(hubMembers.personId, personId), eq(hubMembers.active, true)))
      .orderBy(asc(hubs.name)),
  ]);
  const ids = [...new Set([...adminRows, ...ssoRows, ...contractRows].map((r) => r.accountId))];
  if (ids.length === 0) return { accounts: [], hubs: hubRows };
  const [names, infos, roles] = await Promise.all([
    db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(inArray(accounts.id, ids)).orderBy(asc(accounts.name)),
    loadAccountInfos(db, ids),
    Promise.all(ids.map(async (id) => [id, await loadActorAccountFacts(db, personId, id)] as const)),
  ]);
  const rolesById = new Map(roles);
  const list: NavigationAccount[] = [];
  for (const { id, name } of names) {
    const account = infos.get(id);
    if (!account) continue;
    list.push({ accountId: id, name, actor: actorWith(personId, { account: rolesById.get(id) ?? null }), resource: { kind: "account", account } });
  }
  return { accounts: list, hubs: hubRows };
}
