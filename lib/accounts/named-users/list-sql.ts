import { asc, desc, eq, exists, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { accountAdmins, namedAssignments, namedUsers, people } from "@/db/schema";
import type { CursorKey } from "./cursor";
import type { NamedUserListQuery, NamedUserSort } from "./list-query";

/** ISO text with microseconds: what the cursor holds for a date, so it compares exactly. */
export const addedAtText = sql<string>`to_char(${namedUsers.addedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type Key = { column: SQL; cast: (v: string) => SQL };

/**
 * The sort keys, in order, as SQL and as the cursor values they compare with. Each order
 * is served by an index (db/schema): name → people_sort_name; email → people's unique
 * email; status → named_users_account_status; added → named_users_account_added.
 */
export function sortKeys(sort: NamedUserSort): Key[] {
  const text = (v: string) => sql`${v}`;
  const ts = (v: string) => sql`${v}::timestamptz`;
  switch (sort) {
    case "name":
      return [
        { column: sql`lower(${people.lastName})`, cast: text },
        { column: sql`lower(${people.firstName})`, cast: text },
        { column: sql`${people.id}`, cast: text },
      ];
    case "email":
      return [
        { column: sql`${people.email}`, cast: text },
        { column: sql`${people.id}`, cast: text },
      ];
    case "status":
      return [
        { column: sql`${namedUsers.status}`, cast: (v) => sql`${v}::named_user_status` },
        { column: sql`${namedUsers.addedAt}`, cast: ts },
        { column: sql`${namedUsers.personId}`, cast: text },
      ];
    case "added":
      return [
        { column: sql`${namedUsers.addedAt}`, cast: ts },
        { column: sql`${namedUsers.personId}`, cast: text },
      ];
  }
}

export function orderBy(keys: { column: SQL }[], dir: "asc" | "desc"): SQL[] {
  return keys.map((k) => (dir === "asc" ? asc(k.column) : desc(k.column)));
}

/** Rows after the cursor's key in the sort's direction (a row comparison, so the index serves it). */
export function afterCursor(keys: Key[], dir: "asc" | "desc", cursor: CursorKey): SQL {
  const cols = sql.join(keys.map((k) => k.column), sql`, `);
  const vals = sql.join(keys.map((k, i) => k.cast(cursor[i]!)), sql`, `);
  return dir === "asc" ? sql`(${cols}) > (${vals})` : sql`(${cols}) < (${vals})`;
}

export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Name or email contains q, case-insensitively (the trigram indexes on people serve it). */
export function matchesSearch(q: string): SQL {
  const like = likePattern(q);
  return or(ilike(people.name, like), ilike(people.email, like))!;
}

/** Account scope and the table's filters (status, admin role, product); search is applied by the caller. */
export function baseFilters(accountId: string, query: NamedUserListQuery): SQL[] {
  const filters: SQL[] = [eq(namedUsers.accountId, accountId)];
  if (query.status) filters.push(eq(namedUsers.status, query.status));
  if (query.role === "primary" || query.role === "secondary") filters.push(eq(accountAdmins.role, query.role));
  if (query.role === "admin") filters.push(isNotNull(accountAdmins.personId));
  if (query.role === "none") filters.push(isNull(accountAdmins.personId));
  if (query.product) {
    const na = namedAssignments;
    filters.push(
      exists(
        sql`(select 1 from ${na} where ${na.accountId} = ${namedUsers.accountId} and ${na.personId} = ${namedUsers.personId} and ${na.productId} = ${query.product})`,
      ),
    );
  }
  return filters;
}
