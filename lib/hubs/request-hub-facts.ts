import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { loadHubFacts } from "@/lib/permissions/facts";

/**
 * The actor's facts for one hub, once per request (React `cache()`): read fresh from the
 * database on every request, so a member deactivated a moment ago is refused at once (HB-8).
 */
export const requestHubFacts = cache(async (hubId: string) => {
  const actor = await requireActor();
  return loadHubFacts(await getDb(), actor.personId, hubId);
});
