import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, projectGroups, projectMembers, projects } from "@/db/schema";
import type { ActorHubFacts } from "@/lib/permissions";

export type VisibleProject = {
  projectId: string;
  name: string;
  kind: "folder" | "legacy";
  visibility: "open" | "closed" | "secret" | null;
  /** The actor's direct project role, if any. */
  myRole: "project_admin" | "editor" | "viewer" | null;
};

/**
 * The SQL scope of the projects an active hub member may see. It mirrors the policy's
 * `projects.viewInList` (HB-9, FP-2, FP-4, LP-2, LP-3, LP-5, LP-6 in
 * lib/permissions/decide-project.ts); a test checks both agree for every seeded member.
 */
export function projectScope(personId: string, m: ActorHubFacts): SQL | undefined {
  if (m.role === "hub_admin") return undefined;
  const direct = sql`exists (select 1 from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.person_id = ${personId})`;
  const viaGroup = sql`exists (select 1 from ${projectGroups} pg join ${groupMembers} gm on gm.group_id = pg.group_id where pg.project_id = ${projects.id} and gm.person_id = ${personId})`;
  const member = or(direct, viaGroup)!;
  if (m.role === "hub_member") return or(eq(projects.kind, "folder"), inArray(projects.visibility, ["open", "closed"]), member);
  return and(member, sql`${projects.visibility} is distinct from 'open'`);
}

/** The hub's projects as this member may see them; nothing for a deactivated member (HB-8). */
export async function listVisibleProjects(db: Db, personId: string, m: ActorHubFacts): Promise<VisibleProject[]> {
  if (!m.active) return [];
  return db
    .select({
      projectId: projects.id,
      name: projects.name,
      kind: projects.kind,
      visibility: projects.visibility,
      myRole: sql<VisibleProject["myRole"]>`(select pm.role from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.person_id = ${personId})`,
    })
    .from(projects)
    .where(and(eq(projects.hubId, m.hubId), projectScope(personId, m)))
    .orderBy(asc(projects.name));
}
