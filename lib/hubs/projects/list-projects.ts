import "server-only";
import { z } from "zod";
import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { projects } from "@/db/schema";
import { cursorText, cursorUuid, decodeCursorWith, searchText, text } from "@/lib/input/schemas";
import type { ActorHubFacts, LegacyVisibility, ProjectRole } from "@/lib/permissions";

export const PROJECT_KIND_FILTERS = ["folder", "open", "closed", "secret"] as const;
export type ProjectKindFilter = (typeof PROJECT_KIND_FILTERS)[number];

/** The list's query string: search, kind, membership, keyset cursor. Bad values fall back to "all". */
export const projectListQuery = z.object({
  q: searchText(100),
  kind: z.enum(PROJECT_KIND_FILTERS).optional().catch(undefined),
  membership: z.enum(["mine", "others"]).optional().catch(undefined),
  after: text({ max: 1000, trim: false }).optional().catch(undefined),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

export type ListedProject = {
  projectId: string;
  name: string;
  kind: "folder" | "legacy";
  visibility: LegacyVisibility | null;
  /** The actor's effective role (direct or through a group), if any. */
  myRole: ProjectRole | null;
  memberCount: number;
};

export const PROJECT_PAGE_SIZE = 25;

// Raw SQL below names the row "pr"; the alias makes the FROM clause say so too.
const pr = alias(projects, "pr");

const cursorSchema = z.object({ k: z.tuple([cursorText, cursorUuid]) });
export const encodeProjectCursor = (p: { name: string; projectId: string }) => Buffer.from(JSON.stringify({ k: [p.name.toLowerCase(), p.projectId] })).toString("base64url");

/** The actor's effective project role on row `pr` (highest of direct and group roles). */
const myRoleSql = (personId: string) => sql`(select r.role from (
    select pm.role from project_members pm where pm.project_id = pr.id and pm.person_id = ${personId}
    union all
    select pg.role from project_groups pg join group_members gm on gm.group_id = pg.group_id where pg.project_id = pr.id and gm.person_id = ${personId}
  ) r order by case r.role when 'project_admin' then 3 when 'editor' then 2 else 1 end desc limit 1)`;

const isMemberSql = (personId: string) => sql`(exists (select 1 from project_members pm where pm.project_id = pr.id and pm.person_id = ${personId})
  or exists (select 1 from project_groups pg join group_members gm on gm.group_id = pg.group_id where pg.project_id = pr.id and gm.person_id = ${personId}))`;

/**
 * The SQL scope of the projects a hub member may see, mirroring `projects.viewInList`
 * (lib/permissions/decide-project.ts): hub administrators every project (HB-9, LP-6
 * Decision); Hub Members every folder-level project (FP-4), Open and Closed legacy ones
 * (LP-5) and the Secret ones they belong to (LP-6); Project Contributors only their own
 * projects (FP-2, LP-3) and never an Open one, even with a member row (LP-2: the SQL does
 * not rely on the hub administration keeping that state impossible).
 */
export function visibleProjectScope(personId: string, m: ActorHubFacts): SQL {
  if (m.role === "hub_admin") return sql`true`;
  const member = isMemberSql(personId);
  if (m.role === "hub_member") return sql`(pr.kind = 'folder' or pr.visibility in ('open', 'closed') or ${member})`;
  return sql`(${member} and pr.visibility is distinct from 'open')`;
}

/**
 * One keyset page of the hub's projects as this member may see them, ordered by name.
 * A deactivated member sees none (HB-8). `next` is the cursor of the following page.
 */
export async function listProjects(
  db: Db,
  personId: string,
  m: ActorHubFacts,
  query: ProjectListQuery,
  pageSize = PROJECT_PAGE_SIZE,
): Promise<{ rows: ListedProject[]; next: string | null; invalidCursor: boolean }> {
  if (!m.active) return { rows: [], next: null, invalidCursor: false };
  const conditions: SQL[] = [sql`pr.hub_id = ${m.hubId}`, visibleProjectScope(personId, m)];
  if (query.q) conditions.push(sql`pr.name ilike ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (query.kind === "folder") conditions.push(sql`pr.kind = 'folder'`);
  else if (query.kind) conditions.push(sql`pr.visibility = ${query.kind}`);
  if (query.membership === "mine") conditions.push(isMemberSql(personId));
  if (query.membership === "others") conditions.push(sql`not ${isMemberSql(personId)}`);
  let invalidCursor = false;
  if (query.after) {
    const c = decodeCursorWith(query.after, cursorSchema);
    if (c) conditions.push(sql`(lower(pr.name), pr.id) > (${c.k[0]}, ${c.k[1]}::uuid)`);
    else invalidCursor = true;
  }
  const rows: ListedProject[] = await db
    .select({
      projectId: pr.id,
      name: pr.name,
      kind: pr.kind,
      visibility: pr.visibility,
      myRole: sql<ProjectRole | null>`${myRoleSql(personId)}`,
      memberCount: sql<number>`((select count(*) from project_members x where x.project_id = pr.id) + (select count(*) from project_groups y where y.project_id = pr.id))::int`,
    })
    .from(pr)
    .where(sql.join(conditions, sql` and `))
    .orderBy(sql`lower(pr.name)`, sql`pr.id`)
    .limit(pageSize + 1);
  const list = rows;
  const more = list.length > pageSize;
  const page = more ? list.slice(0, pageSize) : list;
  return { rows: page, next: more ? encodeProjectCursor(page[page.length - 1]!) : null, invalidCursor };
}
