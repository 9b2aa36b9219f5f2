import "server-only";
import { sql, type SQL } from "drizzle-orm";

/** UM-5 Decision's facts about a person: whose is their name? */
export type NameOwnershipFacts = { hasSignedIn: boolean; inOtherAccount: boolean };

/**
 * Whether the person `p` has ever signed in (a recorded sign-in, or an email address verified
 * by a sign-in link) and whether they belong to any account other than `a`: as a named user,
 * classic user, primary, secondary or SSO admin, contract manager or software coordinator,
 * or member of one of its hubs. SQL fragments, so every loader of a target person reads them
 * in its own statement (one round trip).
 */
export const hasSignedInSql = (p: SQL) => sql`exists (select 1 from people pp where pp.id = ${p} and (pp.last_sign_in_at is not null or pp.email_verified is not null))`;

export const inOtherAccountSql = (a: SQL, p: SQL) => sql`(
  exists (select 1 from named_users n where n.person_id = ${p} and n.account_id <> ${a})
  or exists (select 1 from classic_users cu join contracts c on c.id = cu.contract_id where cu.person_id = ${p} and c.account_id <> ${a})
  or exists (select 1 from account_admins aa2 where aa2.person_id = ${p} and aa2.account_id <> ${a})
  or exists (select 1 from sso_admins s2 where s2.person_id = ${p} and s2.account_id <> ${a})
  or exists (select 1 from contracts c where (c.contract_manager_id = ${p} or c.software_coordinator_id = ${p}) and c.account_id <> ${a})
  or exists (select 1 from hub_members m join hubs h on h.id = m.hub_id where m.person_id = ${p} and h.account_id <> ${a}))`;
