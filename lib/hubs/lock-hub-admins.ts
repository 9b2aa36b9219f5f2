import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubMembers } from "@/db/schema";

/**
 * HB-8: locks the hub's administrator rows (FOR UPDATE, in person order so two
 * transactions never deadlock) before a change that could leave it without one. A second
 * transaction waits here, then loads its facts in a fresh statement and sees the first's
 * change: two admins demoting each other at once leave exactly one.
 */
export async function lockHubAdmins(tx: Db, hubId: string): Promise<void> {
  await tx
    .select({ personId: hubMembers.personId })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.role, "hub_admin")))
    .orderBy(asc(hubMembers.personId))
    .for("update");
}
