import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubMembers } from "@/db/schema";

/**
 * HB-5: whoever adds a person to a project or group of the hub share-locks their hub
 * membership first, and `detachFromHub` locks it for update before taking their project and
 * group memberships. So an addition and a removal (or leaving) at the same moment run one
 * after the other: the addition either lands before the removal takes it away, or finds the
 * person gone. Without it, a project member could be left with no place in the hub.
 * False when they are not (or no longer) a member.
 */
export async function holdHubMembership(tx: Db, hubId: string, personId: string, mode: "share" | "update" = "share"): Promise<boolean> {
  const rows = await tx
    .select({ personId: hubMembers.personId })
    .from(hubMembers)
    .where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)))
    .for(mode);
  return rows.length > 0;
}

/**
 * The same hold, taken by a project use case before it reads the person's hub role: a demotion
 * to Project Contributor at the same moment (HB-10, which takes them out of Open projects and
 * legacy administration, LP-2/LP-3) then runs before the facts are read or after the change.
 */
export async function holdProjectHubMembership(tx: Db, projectId: string, personId: string): Promise<void> {
  await tx.execute(sql`select 1 from ${hubMembers} m join projects p on p.hub_id = m.hub_id where p.id = ${projectId} and m.person_id = ${personId} for share of m`);
}
