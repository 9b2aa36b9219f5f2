import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { namedUserCounts } from "@/db/schema";

/**
 * How many named users the account has: one primary-key read of the counter the triggers on
 * named_users keep (migration 0011), never a count over the account's rows.
 */
export async function readNamedUserCount(db: Db, accountId: string): Promise<number> {
  const [row] = await db.select({ users: namedUserCounts.users }).from(namedUserCounts).where(eq(namedUserCounts.accountId, accountId));
  return row?.users ?? 0;
}
