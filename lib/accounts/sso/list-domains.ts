import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountDomains } from "@/db/schema";

export type AccountDomainRow = { domain: string; ssoEnforced: boolean };

/** The account's email domains, alphabetically. Callers authorize `sso.view` first. */
export async function listAccountDomains(db: Db, accountId: string): Promise<AccountDomainRow[]> {
  return db
    .select({ domain: accountDomains.domain, ssoEnforced: accountDomains.ssoEnforced })
    .from(accountDomains)
    .where(eq(accountDomains.accountId, accountId))
    .orderBy(asc(accountDomains.domain));
}
