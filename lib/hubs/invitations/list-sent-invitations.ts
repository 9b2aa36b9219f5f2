import "server-only";
import { z } from "zod";
import { and, desc, eq, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, people, projects } from "@/db/schema";
import { cursorText, cursorTimestamp, decodeCursorWith, searchText, text } from "@/lib/input/schemas";
import type { HubRole, InvitationStatus, ProjectRole } from "@/lib/permissions";

export const SHOWN_STATUSES = ["awaiting_approval", "pending", "accepted", "declined", "cancelled", "expired", "rejected"] as const;

export const sentQuery = z.object({
  q: searchText(),
  status: z.enum(SHOWN_STATUSES).optional().catch(undefined),
  after: text({ max: 1000, trim: false }).optional(),
});
export type SentQuery = z.output<typeof sentQuery>;

export type SentInvitationRow = {
  invitationId: string;
  email: string;
  /** As the rules see it: a pending invitation past its expiry shows as expired (HB-7). */
  status: InvitationStatus;
  hubRole: HubRole;
  projectName: string | null;
  projectRole: ProjectRole | null;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
};

const iso = (c: SQL | typeof invitations.createdAt | typeof invitations.expiresAt) => sql<string>`to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const effectiveStatus = sql<InvitationStatus>`case when ${invitations.status} = 'pending' and ${invitations.expiresAt} <= now() then 'expired'::invitation_status else ${invitations.status} end`;

export function decodeSentCursor(cursor: string): [string, string] | null {
  return decodeCursorWith(cursor, z.tuple([cursorTimestamp, cursorText]));
}

/** A hub's sent invitations for its administrators (HB-7): newest first, filter by status and address, keyset pages. */
export async function listSentInvitations(db: Db, hubId: string, q: SentQuery, limit = 50): Promise<{ rows: SentInvitationRow[]; next: string | null }> {
  const where: SQL[] = [eq(invitations.hubId, hubId)];
  if (q.q) where.push(ilike(invitations.email, `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q.status === "expired") where.push(or(eq(invitations.status, "expired"), and(eq(invitations.status, "pending"), sql`${invitations.expiresAt} <= now()`)) as SQL);
  else if (q.status === "pending") where.push(and(eq(invitations.status, "pending"), sql`${invitations.expiresAt} > now()`) as SQL);
  else if (q.status) where.push(inArray(invitations.status, [q.status]));
  const key = q.after ? decodeSentCursor(q.after) : null;
  if (key) where.push(or(lt(invitations.createdAt, sql`${key[0]}::timestamptz`), and(eq(invitations.createdAt, sql`${key[0]}::timestamptz`), lt(invitations.id, key[1]))) as SQL);
  const rows = await db
    .select({
      invitationId: invitations.id,
      email: invitations.email,
      status: effectiveStatus,
      hubRole: invitations.hubRole,
      projectName: projects.name,
      projectRole: invitations.projectRole,
      invitedBy: sql<string>`coalesce(nullif(${people.name}, ''), ${people.email}, '—')`,
      createdAt: iso(invitations.createdAt),
      expiresAt: iso(invitations.expiresAt),
    })
    .from(invitations)
    .leftJoin(projects, eq(projects.id, invitations.projectId))
    .leftJoin(people, eq(people.id, invitations.invitedBy))
    .where(and(...where))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? Buffer.from(JSON.stringify([last.createdAt, last.invitationId])).toString("base64url") : null;
  return { rows: page, next };
}
