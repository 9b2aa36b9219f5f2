import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubJoinDomains, hubs } from "@/db/schema";
import type { InvitationMode } from "@/lib/permissions";

export type HubSettings = { hubId: string; accountId: string; name: string; invitationMode: InvitationMode; sharingEnabled: boolean; joinDomains: string[] };

/** The hub's settings (HB-3). With `tx` and `forUpdate`, the hub row is locked so concurrent edits queue. */
export async function loadHubSettings(db: Db, hubId: string, forUpdate = false): Promise<HubSettings | null> {
  const q = db
    .select({ hubId: hubs.id, accountId: hubs.accountId, name: hubs.name, invitationMode: hubs.invitationMode, sharingEnabled: hubs.sharingEnabled })
    .from(hubs)
    .where(eq(hubs.id, hubId));
  const [hub] = forUpdate ? await q.for("update") : await q;
  if (!hub) return null;
  const domains = await db.select({ domain: hubJoinDomains.domain }).from(hubJoinDomains).where(eq(hubJoinDomains.hubId, hubId)).orderBy(asc(hubJoinDomains.domain));
  return { ...hub, joinDomains: domains.map((d) => d.domain) };
}

/** The hub's settings inside a use case's transaction; the facts said it exists. */
export async function mustLoadHubSettings(tx: Db, hubId: string): Promise<HubSettings> {
  const s = await loadHubSettings(tx, hubId, true);
  if (!s) throw new Error(`hub ${hubId} vanished inside its transaction`);
  return s;
}
