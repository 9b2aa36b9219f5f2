import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { searchText, text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { accountAdmins, namedAssignments, namedUsers, people } from "@/db/schema";
import { matchesSearch } from "@/lib/accounts/named-users/list-sql";
import { decodeNameCursor, encodeNameCursor } from "./product-user-cursor";

export const productUserListQuery = z.object({
  q: searchText(200),
  /** Opaque keyset cursor of the last row shown. */
  after: text({ max: 600, trim: false }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProductUserListQuery = z.infer<typeof productUserListQuery>;

export type ProductUserRow = {
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: "invited" | "active";
  adminRole: "primary" | "secondary" | null;
  assignedAt: Date;
};

/**
 * The named users of the account who hold the product, one keyset page at a time, by
 * last name. The caller was allowed to open the product's page (UM-7); the query is
 * scoped to the account, so nothing of another account can appear.
 */
export async function listProductUsers(
  db: Db,
  accountId: string,
  productId: string,
  query: ProductUserListQuery,
): Promise<{ rows: ProductUserRow[]; next: string | null }> {
  const filters: SQL[] = [eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, productId)];
  if (query.q) filters.push(matchesSearch(query.q));
  const cursor = decodeNameCursor(query.after);
  if (cursor) filters.push(sql`(${people.lastName}, ${people.firstName}, ${people.id}) > (${cursor.lastName}, ${cursor.firstName}, ${cursor.personId})`);
  const rows = await db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      name: people.name,
      email: people.email,
      status: namedUsers.status,
      adminRole: accountAdmins.role,
      assignedAt: namedAssignments.assignedAt,
    })
    .from(namedAssignments)
    .innerJoin(namedUsers, and(eq(namedUsers.accountId, namedAssignments.accountId), eq(namedUsers.personId, namedAssignments.personId)))
    .innerJoin(people, eq(people.id, namedAssignments.personId))
    .leftJoin(accountAdmins, and(eq(accountAdmins.accountId, namedAssignments.accountId), eq(accountAdmins.personId, namedAssignments.personId)))
    .where(and(...filters))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit).map((r) => ({ ...r, name: r.name || `${r.firstName} ${r.lastName}`.trim() }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > query.limit && last ? encodeNameCursor(last) : null };
}
