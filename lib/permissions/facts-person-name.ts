import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";

/** UM-5 Decision's facts about a person: whose is their name? */
export type NameOwnershipFacts = { hasSignedIn: boolean; inOtherAccount: boolean };

/**
 * Whether the person has ever signed in (a recorded sign-in, or an email address verified by
 * a sign-in link) and whether they belong to any account other than `accountId`: as a named
 * user, classic user, primary, secondary or SSO admin, contract manager or software
 * coordinator, or member of one of its hubs. One query of EXISTS probes on the person.
 */
export async function loadNameOwnershipFacts(db: Db, accountId: string, personId: string): Promise<NameOwnershipFacts> {
  const other = sql`${accountId}::uuid`;
  const p = sql`${people.id}`;
  const [row] = await db
    .select({
      hasSignedIn: sql<boolean>`(${people.lastSignInAt} is not null or ${people.emailVerified} is not null)`,
      inOtherAccount: sql<boolean>`(
        exists (select 1 from named_users n where n.person_id = ${p} and n.account_id <> ${other})
        or exists (select 1 from classic_users cu join contracts c on c.id = cu.contract_id where cu.person_id = ${p} and c.account_id <> ${other})
        or exists (select 1 from account_admins a where a.person_id = ${p} and a.account_id <> ${other})
        or exists (select 1 from sso_admins s where s.person_id = ${p} and s.account_id <> ${other})
        or exists (select 1 from contracts c where (c.contract_manager_id = ${p} or c.software_coordinator_id = ${p}) and c.account_id <> ${other})
        or exists (select 1 from hub_members m join hubs h on h.id = m.hub_id where m.person_id = ${p} and h.account_id <> ${other})
      )`,
    })
    .from(people)
    .where(eq(people.id, personId));
  return { hasSignedIn: Boolean(row?.hasSignedIn), inOtherAccount: Boolean(row?.inOtherAccount) };
}
