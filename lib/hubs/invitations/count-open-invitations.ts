import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations } from "@/db/schema";

/** How many of a hub's invitations still wait for an answer (pending and not expired, or awaiting approval, HB-7): the invitations page's count. */
export async function countOpenInvitations(db: Db, hubId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.hubId, hubId), or(inArray(invitations.status, ["awaiting_approval"]), and(eq(invitations.status, "pending"), sql`${invitations.expiresAt} > now()`))));
  return row?.n ?? 0;
}
