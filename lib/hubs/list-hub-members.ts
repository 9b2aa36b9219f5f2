import "server-only";
import { z } from "zod";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubMembers, hubRole, people } from "@/db/schema";
import { cursorText, cursorTimestamp, decodeCursorWith, searchText, text } from "@/lib/input/schemas";
import type { HubRole } from "@/lib/permissions";

/** The members table's query string: search, filters, sort and keyset position (all in the URL). */
export const membersQuery = z.object({
  q: searchText(),
  role: z.enum(hubRole.enumValues).optional().catch(undefined),
  status: z.enum(["active", "deactivated"]).optional().catch(undefined),
  sort: z.enum(["joined", "name"]).catch("joined"),
  after: text({ max: 1000, trim: false }).optional(),
});
export type MembersQuery = z.output<typeof membersQuery>;

/**
 * `openProjects`: the Open legacy projects a Hub Member would leave on becoming a Project Contributor (LP-2), for the preview;
 * `adminProjects`: the Closed and Secret legacy projects where their Project Administrator role would become Editor (LP-3);
 * `openInvitations`: this hub's invitations addressed to them that removing them would cancel (HB-7), for the confirmation.
 */
export type HubMemberRow = { personId: string; name: string; email: string; role: HubRole; active: boolean; joinedAt: string; projects: number; openProjects: string[]; adminProjects: string[]; openInvitations: number };

const label = sql<string>`coalesce(nullif(${people.name}, ''), ${people.email})`;
// Microseconds, as PostgreSQL keeps them, so the keyset never skips or repeats a row.
const joinedText = sql<string>`to_char(${hubMembers.joinedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const encode = (sort: string, k: string[]) => Buffer.from(JSON.stringify({ s: sort, k })).toString("base64url");

/** Null when the cursor is not one of this order's (a tampered or stale link). */
export function decodeMembersCursor(cursor: string, sort: MembersQuery["sort"]): string[] | null {
  const key = sort === "joined" ? z.tuple([cursorTimestamp, cursorText]) : z.tuple([cursorText, cursorText]);
  return decodeCursorWith(cursor, z.object({ s: z.literal(sort), k: key }))?.k ?? null;
}

/**
 * One page of a hub's members (HB-3: hub administrators'), with each member's count of
 * projects in this hub. Keyset pages: newest first by joining time, or by name; the index
 * hub_members_hub_joined serves the default order at 10,000 members.
 */
export async function listHubMembers(db: Db, hubId: string, q: MembersQuery, limit = 50): Promise<{ rows: HubMemberRow[]; next: string | null }> {
  const where: SQL[] = [eq(hubMembers.hubId, hubId)];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(people.email, like), ilike(label, like)) as SQL);
  }
  if (q.role) where.push(eq(hubMembers.role, q.role));
  if (q.status) where.push(eq(hubMembers.active, q.status === "active"));
  const key = q.after ? decodeMembersCursor(q.after, q.sort) : null;
  if (key) {
    where.push(q.sort === "joined" ? sql`(${hubMembers.joinedAt}, ${hubMembers.personId}) < (${key[0]}::timestamptz, ${key[1]})` : sql`(${label}, ${hubMembers.personId}) > (${key[0]}, ${key[1]})`);
  }
  const order = q.sort === "joined" ? [desc(hubMembers.joinedAt), desc(hubMembers.personId)] : [asc(label), asc(hubMembers.personId)];
  const rows = await db
    .select({
      personId: hubMembers.personId,
      name: label,
      email: people.email,
      role: hubMembers.role,
      active: hubMembers.active,
      joinedAt: joinedText,
      projects: sql<number>`(select count(*)::int from project_members pm join projects pr on pr.id = pm.project_id where pr.hub_id = ${hubId} and pm.person_id = ${hubMembers.personId})`,
      openProjects: sql<string[]>`case when ${hubMembers.role} = 'hub_member' then coalesce((select json_agg(pr.name order by pr.name) from project_members pm join projects pr on pr.id = pm.project_id
        where pr.hub_id = ${hubId} and pm.person_id = ${hubMembers.personId} and pr.kind = 'legacy' and pr.visibility = 'open'), '[]'::json) else '[]'::json end`,
      adminProjects: sql<string[]>`case when ${hubMembers.role} = 'hub_member' then coalesce((select json_agg(pr.name order by pr.name) from project_members pm join projects pr on pr.id = pm.project_id
        where pr.hub_id = ${hubId} and pm.person_id = ${hubMembers.personId} and pr.kind = 'legacy' and pr.visibility in ('closed', 'secret') and pm.role = 'project_admin'), '[]'::json) else '[]'::json end`,
      // The same invitations leave-effects.ts cancels on removal.
      openInvitations: sql<number>`(select count(*)::int from invitations i where i.hub_id = ${hubId} and i.status in ('pending', 'awaiting_approval', 'expired') and i.email = lower(${people.email}))`,
    })
    .from(hubMembers)
    .innerJoin(people, eq(people.id, hubMembers.personId))
    .where(and(...where))
    .orderBy(...order)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? encode(q.sort, q.sort === "joined" ? [last.joinedAt, last.personId] : [last.name, last.personId]) : null;
  return { rows: page, next };
}
