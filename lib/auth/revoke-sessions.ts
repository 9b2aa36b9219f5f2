import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";

/**
 * Ends every session of a person: tokens carry the session version they were issued
 * with, and the actor check refuses a stale one. Deleting the cookie alone is not enough,
 * since a request already in flight (a prefetch, another tab) can set it again.
 */
export async function revokeSessions(db: Db, personId: string): Promise<void> {
  await db.update(people).set({ sessionVersion: sql`${people.sessionVersion} + 1` }).where(eq(people.id, personId));
}
