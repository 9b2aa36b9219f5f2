import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { accountAdmins, namedAssignments, namedUsers, people } from "@/db/schema";

export const namedUserListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  /** Opaque keyset cursor: "lastName|firstName|personId" of the last row shown. */
  after: z.string().max(600).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NamedUserListQuery = z.infer<typeof namedUserListQuery>;

export type NamedUserRow = {
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: "invited" | "active";
  adminRole: "primary" | "secondary" | null;
  productCount: number;
};

export function encodeCursor(row: Pick<NamedUserRow, "lastName" | "firstName" | "personId">): string {
  return Buffer.from(JSON.stringify([row.lastName, row.firstName, row.personId])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === "string") ? (value as [string, string, string]) : null;
  } catch {
    return null;
  }
}

/**
 * The account's named users, one keyset page at a time, ordered by last name. The caller
 * has already been allowed to view this account's users (UM-5, UM-7); the query is scoped
 * to the account so nothing else can leak.
 */
export async function listNamedUsers(db: Db, accountId: string, query: NamedUserListQuery): Promise<{ rows: NamedUserRow[]; next: string | null }> {
  const filters: SQL[] = [eq(namedUsers.accountId, accountId)];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(people.name, like), ilike(people.email, like))!);
  }
  const cursor = query.after ? decodeCursor(query.after) : null;
  if (cursor) {
    const [last, first, id] = cursor;
    filters.push(sql`(${people.lastName}, ${people.firstName}, ${people.id}) > (${last}, ${first}, ${id})`);
  }
  const rows = await db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      name: people.name,
      email: people.email,
      status: namedUsers.status,
      adminRole: accountAdmins.role,
      productCount: sql<number>`(select count(*)::int from ${namedAssignments} na where na.account_id = ${namedUsers.accountId} and na.person_id = ${namedUsers.personId})`,
    })
    .from(namedUsers)
    .innerJoin(people, eq(people.id, namedUsers.personId))
    .leftJoin(accountAdmins, and(eq(accountAdmins.accountId, namedUsers.accountId), eq(accountAdmins.personId, namedUsers.personId)))
    .where(and(...filters))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit).map((r) => ({ ...r, name: r.name ?? `${r.firstName} ${r.lastName}`.trim() }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > query.limit && last ? encodeCursor(last) : null };
}
