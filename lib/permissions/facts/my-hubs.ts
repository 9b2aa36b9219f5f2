import "server-only";
import { eq, sql } from "drizzle-orm";
import { people } from "@/db/schema";
import type { Db } from "@/db/client";
import type { DepartureReason, HubInfo, HubResource, HubRole } from "../types";
import { actorWith, type Loaded } from "./account";
import { departureSql, hubInfoJsonOf } from "./hub";
import { emailDomainSql } from "./join";

export type MyHub = { hubId: string; name: string; role: HubRole; active: boolean };
/** A hub my email's domain opens (HB-3), with its facts and the hub's memory of my departure (HB-8 Decision): the page asks the policy whether I may join. */
export type JoinableHub = { hubId: string; name: string; domain: string; hub: HubInfo; departure: DepartureReason | null };

/** "My hubs": the hubs I belong to with my role, and the hubs my email's domain lets me join (HB-3), in one statement. */
export async function listMyHubs(db: Db, personId: string): Promise<{ mine: MyHub[]; joinable: JoinableHub[] }> {
  const [row] = await db
    .select({
      mine: sql<MyHub[]>`coalesce((select json_agg(json_build_object('hubId', h.id, 'name', h.name, 'role', m.role, 'active', m.active) order by h.name, h.id)
      from hub_members m join hubs h on h.id = m.hub_id where m.person_id = ${personId}), '[]'::json)`,
      joinable: sql<JoinableHub[]>`coalesce((select json_agg(json_build_object('hubId', h.id, 'name', h.name, 'domain', d.domain,
          'hub', ${hubInfoJsonOf("h")}, 'departure', ${departureSql(sql`h.id`, personId)}) order by h.name, h.id)
      from hub_join_domains d join hubs h on h.id = d.hub_id
      where d.domain = ${emailDomainSql(personId)}
        and not exists (select 1 from hub_members m where m.hub_id = h.id and m.person_id = ${personId})), '[]'::json)`,
    })
    .from(people)
    .where(eq(people.id, personId));
  return { mine: row?.mine ?? [], joinable: row?.joinable ?? [] };
}

/** The facts `hubs.join` decides on for a listed hub: I am not in it (the list says so), my domain opens it. */
export function joinFacts(personId: string, h: JoinableHub): Loaded<HubResource> {
  return { actor: actorWith(personId), resource: { kind: "hub", hub: h.hub, joinByDomain: true, departure: h.departure } };
}
