import "server-only";
import { eq, sql } from "drizzle-orm";
import { people } from "@/db/schema";
import type { Db } from "@/db/client";
import type { DepartureReason, HubResource } from "../types";
import type { Loaded } from "./account";
import { departureSql, loadHubFacts } from "./hub";

/** The actor's email domain, lowercased, as SQL (the part after the last "@"). */
export const emailDomainSql = (personId: string) => sql`(select lower(split_part(p.email, '@', -1)) from people p where p.id = ${personId})`;

/**
 * Facts for joining a hub by domain (HB-3): the hub facts plus whether the actor's domain is a join
 * domain, and whether the hub remembers the actor's removal or leaving while deactivated (HB-8 Decision).
 */
export async function loadJoinFacts(db: Db, personId: string, hubId: string): Promise<Loaded<HubResource> | null> {
  const facts = await loadHubFacts(db, personId, hubId);
  if (!facts) return null;
  const [row] = await db
    .select({
      ok: sql<boolean>`exists (select 1 from hub_join_domains d where d.hub_id = ${hubId} and d.domain = ${emailDomainSql(personId)})`,
      departure: departureSql(sql`${hubId}::uuid`, personId),
    })
    .from(people)
    .where(eq(people.id, personId));
  const departure: DepartureReason | null = row?.departure ?? null;
  return { actor: facts.actor, resource: { ...facts.resource, joinByDomain: row?.ok === true, departure } };
}
