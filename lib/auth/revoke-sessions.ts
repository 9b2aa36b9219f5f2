import { and, eq, sql } from "drizzle-orm";
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

/**
 * The person a session token stands for, or null when it no longer stands for anyone: the
 * person was deleted, or their sessions were revoked since it was issued (its version is old).
 * The one check behind every page, action and route (lib/auth/actor.ts) and /api/auth/session.
 */
export async function sessionPerson(db: Db, personId: string, version: number): Promise<{ id: string; email: string; name: string | null } | null> {
  const [person] = await db
    .select({ id: people.id, email: people.email, name: people.name })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.sessionVersion, version)))
    .limit(1);
  return person ?? null;
}
