import "server-only";
import { and, eq } from "drizzle-orm";
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
