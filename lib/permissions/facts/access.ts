import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import { decide } from "../decide";
import type { AccountInfo, AccountPersonResource, AccountResource, ActorAccountFacts, ContractInfo, ContractResource } from "../types";
import { accountInfoJson, accountRolesJson, actorWith, type Loaded } from "./account";

export type ContractAccessFacts = { label: string; facts: Loaded<ContractResource> };
/**
 * `aboutThem`: the VIEWER's facts on this very person, for what the account's admins may
 * change about them (UM-5 Decision: their name, while it is not their own).
 */
export type AccessFacts = { account: Loaded<AccountResource>; contracts: ContractAccessFacts[]; aboutThem?: Loaded<AccountPersonResource> };

type ContractLine = ContractInfo & { number: string };

/**
 * The facts "Access explained" decides on: THE PERSON's (not the viewer's), for the account
 * and each of its contracts that the VIEWER may see (UM-7: a secondary admin is not shown
 * classic contracts they could not open themselves). One statement: the person's roles and
 * the account's contracts; the viewer's facts are the page's own.
 */
export async function loadAccessFacts(db: Db, personId: string, accountId: string, viewer: Loaded<AccountResource>): Promise<AccessFacts | null> {
  const a = sql`${accounts.id}`;
  const [row] = await db
    .select({
      account: sql<AccountInfo>`${accountInfoJson(a)}`,
      roles: sql<ActorAccountFacts | null>`${accountRolesJson(a, personId)}`,
      contracts: sql<ContractLine[]>`coalesce((select json_agg(json_build_object('contractId', c.id, 'accountId', c.account_id, 'number', c.number,
          'management', c.management, 'channel', c.channel, 'hasCoordinator', c.software_coordinator_id is not null) order by c.number)
        from contracts c where c.account_id = ${a}), '[]'::json)`,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row) return null;
  const actor = actorWith(personId, { account: row.roles });
  const list: ContractAccessFacts[] = [];
  for (const { number, ...contract } of row.contracts) {
    const resource = { kind: "contract", account: row.account, contract } as const;
    if (!decide(viewer.actor, "contracts.view", { ...resource, account: viewer.resource.account }).allowed) continue;
    list.push({ label: `${number} (${contract.management})`, facts: { actor, resource } });
  }
  return { account: { actor, resource: { kind: "account", account: row.account } }, contracts: list };
}
