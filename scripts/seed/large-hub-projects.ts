import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/personas";

export type LargeHubProjectsOptions = { hubId: string; projects: number; domain: string; log?: (m: string) => void };
export type LargeHubProjects = { hubId: string; admin: string; member: string; contributor: string };

/** The large hub's three sign-ins, one per hub role, with the demo password. */
export const largeHubEmails = (domain: string) => ({ admin: `bench.hubadmin@${domain}`, member: `bench.hubmember@${domain}`, contributor: `bench.contributor@${domain}` });

/**
 * The large hub's projects (issue 10's benchmark), added to a hub seeded by seedLargeHub
 * (./large-hub.ts): `projects` projects, a quarter of each kind (folder-level, Open,
 * Closed, Secret), ten of the hub's members each, following LP-2 (no Project Contributor in an
 * Open project). Three bench people, one per hub role, join the hub and one project in ten.
 * All in bulk SQL, in one transaction.
 */
export async function seedLargeHubProjects(db: Db, o: LargeHubProjectsOptions): Promise<LargeHubProjects> {
  const log = o.log ?? (() => {});
  const emails = largeHubEmails(o.domain);
  const hash = hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const hubId = o.hubId;
    const [{ members } = { members: 0 }] = (await tx.execute(sql`select count(*)::int as members from hub_members where hub_id = ${hubId}`)) as unknown as { members: number }[];
    if (members === 0) throw new Error("the hub has no members to put in its projects");
    const bench = [
      [emails.admin, "hub_admin"],
      [emails.member, "hub_member"],
      [emails.contributor, "project_contributor"],
    ] as const;
    const ids: string[] = [];
    for (const [email, role] of bench) {
      const [p] = (await tx.execute(sql`insert into people (email, first_name, last_name, name, password_hash, is_demo, id) values (${email}, 'Bench', ${role}, ${`Bench ${role}`}, ${hash}, true, gen_random_uuid()::text) returning id`)) as unknown as { id: string }[];
      await tx.execute(sql`insert into hub_members (hub_id, person_id, role) values (${hubId}, ${p!.id}, ${role})`);
      ids.push(p!.id);
    }
    log(`${o.projects} projects`);
    await tx.execute(sql`
      insert into projects (hub_id, name, kind, visibility)
      select ${hubId}::uuid, 'Bench project ' || lpad(g::text, 5, '0'),
        (case when g % 4 = 0 then 'folder' else 'legacy' end)::project_kind,
        (case g % 4 when 1 then 'open' when 2 then 'closed' when 3 then 'secret' end)::legacy_visibility
      from generate_series(1, ${o.projects}) g`);
    await tx.execute(sql`
      with pr as (select id, visibility, row_number() over (order by name) as n from projects where hub_id = ${hubId}),
           hm as (select person_id, role, row_number() over (order by person_id) as n from hub_members where hub_id = ${hubId})
      insert into project_members (project_id, person_id, role)
      select pr.id, hm.person_id, (case when k = 0 then 'project_admin' when k < 4 then 'editor' else 'viewer' end)::project_role
      from pr cross join generate_series(0, 9) k
      join hm on hm.n = 1 + ((pr.n * 37 + k * 1009) % ${members})
      where not (pr.visibility = 'open' and hm.role = 'project_contributor')
      on conflict do nothing`);
    // The bench people: in one project in ten (the contributor never in an Open one, LP-2).
    await tx.execute(sql`
      insert into project_members (project_id, person_id, role)
      select pr.id, b.id, 'editor'
      from (select id, visibility, row_number() over (order by name) as n from projects where hub_id = ${hubId}) pr
      cross join (select unnest(array[${ids[0]!}, ${ids[1]!}, ${ids[2]!}]::text[]) as id) b
      where pr.n % 10 = 0 and not (pr.visibility = 'open' and b.id = ${ids[2]!})
      on conflict do nothing`);
    return { hubId, admin: ids[0]!, member: ids[1]!, contributor: ids[2]! };
  });
}
