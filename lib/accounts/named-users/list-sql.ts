import { asc, desc, eq, exists, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { accountAdmins, namedAssignments, namedUsers } from "@/db/schema";
import type { CursorKey } from "./cursor";
import type { NamedUserListQuery, NamedUserSort } from "./list-query";

/** ISO text with microseconds: what the cursor holds for a date, so it compares exactly. */
export const addedAtText = sql<string>`to_char(${namedUsers.addedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type Key = { column: SQL; cast: (v: string) => SQL };

/**
 * The sort keys, in order, as SQL and as the cursor values they compare with. Each order
 * is one account's index on named_users (db/schema/accounts.ts): name →
 * named_users_account_name; email → named_users_account_email; status →
 * named_users_account_status; added → named_users_account_added. The name and email keys
 * are named_users' copies of the person's (lower-cased last and first name, email).
 */
export function sortKeys(sort: NamedUserSort): Key[] {
  const text = (v: string) => sql`${v}`;
  const ts = (v: string) => sql`${v}::timestamptz`;
  switch (sort) {
    case "name":
      return [
        { column: sql`${namedUsers.sortLast}`, cast: text },
        { column: sql`${namedUsers.sortFirst}`, cast: text },
        { column: sql`${namedUsers.personId}`, cast: text },
      ];
    case "email":
      return [
        { column: sql`${namedUsers.sortEmail}`, cast: text },
        { column: sql`${namedUsers.personId}`, cast: text },
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

/**
 * Name or email contains q, case-insensitively: a LIKE of the lower-cased fragment on
 * named_users' lower-cased copy of both (one line each, and no search text holds a line
 * break, so a match never spans them; LIKE on lower-cased text tests an entry in half the
 * time ILIKE takes). Served by the order's index (a walk) or named_users_search_trgm.
 */
export function matchesSearch(q: string): SQL {
  return sql`${namedUsers.searchText} like lower(${likePattern(q)})`;
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
