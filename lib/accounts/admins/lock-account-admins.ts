import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins } from "@/db/schema";
import type { AdminRole } from "@/lib/permissions/types";

export type LockedAdmin = { personId: string; role: AdminRole };

/**
 * Locks the account's admin rows (SELECT … FOR UPDATE) and returns them. Every admin change
 * takes this lock before it loads the facts it decides on, so concurrent changes on one
 * account run one after another on fresh data (UM-1, UM-2). Ordered by person so that two
 * transactions always lock the rows in the same order and cannot deadlock each other.
 */
export async function lockAccountAdmins(tx: Db, accountId: string): Promise<LockedAdmin[]> {
  return tx
    .select({ personId: accountAdmins.personId, role: accountAdmins.role })
    .from(accountAdmins)
    .where(eq(accountAdmins.accountId, accountId))
    .orderBy(asc(accountAdmins.personId))
    .for("update");
}
