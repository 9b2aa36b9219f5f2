import { and, eq, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, namedUsers, people } from "@/db/schema";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseNamedUserListQuery, type NamedUserListParams, type NamedUserListQuery } from "./list-query";
import { addedAtText, afterCursor, baseFilters, likePattern, matchesSearch, orderBy, peopleMatching, sortKeys } from "./list-sql";

export type NamedUserRow = {
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: "invited" | "active";
  adminRole: "primary" | "secondary" | null;
  /** ISO timestamp with microseconds. */
  addedAt: string;
  /** Codes of the products assigned to them, sorted. */
  productCodes: string[];
  productCount: number;
};

export type NamedUserPage = { rows: NamedUserRow[]; next: string | null };

type Raw = Omit<NamedUserRow, "name" | "productCount"> & { name: string | null; k1: string; k2: string };

/** How many rows in sort order a search first looks through before asking the trigram indexes. */
const SEARCH_WINDOW = 500;

// Raw aliases: inside a select from a subquery, drizzle would leave these columns unqualified.
const codesOf = (personId: SQLWrapper, accountId: SQLWrapper | string) =>
  sql<string[]>`array(select pr.code from named_assignments na join products pr on pr.id = na.product_id where na.account_id = ${accountId} and na.person_id = ${personId} order by 1)`;

// Plain SQL rather than column objects: drizzle checks that a column's table is in the query,
// and the search's fallback stands in for the people table (peopleMatching).
const rowColumns = {
  personId: sql<string>`${people.id}`,
  firstName: sql<string>`${people.firstName}`,
  lastName: sql<string>`${people.lastName}`,
  name: sql<string | null>`${people.name}`,
  email: sql<string>`${people.email}`,
  status: sql<NamedUserRow["status"]>`${namedUsers.status}`,
  adminRole: sql<NamedUserRow["adminRole"]>`${accountAdmins.role}`,
  addedAt: addedAtText,
  k1: sql<string>`lower(${people.lastName})`,
  k2: sql<string>`lower(${people.firstName})`,
};

const personJoin = eq(people.id, namedUsers.personId);
const adminJoin = and(eq(accountAdmins.accountId, namedUsers.accountId), eq(accountAdmins.personId, namedUsers.personId));

/** One ordered, index-driven query. `source` stands in for the people table (see throughTrigrams). */
async function direct(db: Db, filters: SQL[], order: SQL[], limit: number, source: typeof people | SQL = people): Promise<Raw[]> {
  return db
    .select({ ...rowColumns, productCodes: codesOf(namedUsers.personId, namedUsers.accountId) })
    .from(namedUsers)
    .innerJoin(source, personJoin)
    .leftJoin(accountAdmins, adminJoin)
    .where(and(...filters))
    .orderBy(...order)
    .limit(limit);
}

/**
 * Search, first try: the next SEARCH_WINDOW rows in sort order, filtered. Cheap, and enough
 * when matches are common. Returns null when the window ran out before the page filled
 * and more rows follow it: the matches are rare there, so the trigram indexes must find them.
 */
async function windowed(db: Db, accountId: string, query: NamedUserListQuery, filters: SQL[], order: SQL[], q: string): Promise<Raw[] | null> {
  const limit = query.limit;
  const w = db
    .select({
      personId: rowColumns.personId.as("w_person_id"),
      firstName: rowColumns.firstName.as("w_first_name"),
      lastName: rowColumns.lastName.as("w_last_name"),
      name: rowColumns.name.as("w_name"),
      email: rowColumns.email.as("w_email"),
      status: rowColumns.status.as("w_status"),
      adminRole: rowColumns.adminRole.as("w_role"),
      addedAt: addedAtText.as("w_added_at_text"),
      k1: rowColumns.k1.as("w_k1"),
      k2: rowColumns.k2.as("w_k2"),
      // Unique names: drizzle leaves them unqualified in the outer query.
      addedAtRaw: sql<Date>`${namedUsers.addedAt}`.as("w_added_at"),
      rn: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.mapWith(Number).as("rn"),
    })
    .from(namedUsers)
    .innerJoin(people, personJoin)
    .leftJoin(accountAdmins, adminJoin)
    .where(and(...filters))
    .orderBy(...order)
    .limit(SEARCH_WINDOW)
    .as("w");
  const like = likePattern(q);
  const matched = sql<boolean>`(${w.name} ilike ${like} or ${w.email} ilike ${like})`;
  const rows = await db
    .select({
      personId: w.personId,
      firstName: w.firstName,
      lastName: w.lastName,
      name: w.name,
      email: w.email,
      status: w.status,
      adminRole: w.adminRole,
      addedAt: w.addedAt,
      k1: w.k1,
      k2: w.k2,
      rn: w.rn,
      matched,
      productCodes: codesOf(w.personId, accountId),
    })
    .from(w)
    // The window's last row comes back even if it does not match: it tells that more may follow.
    .where(or(matched, eq(w.rn, SEARCH_WINDOW)))
    // The window's own sort keys, so the planner keeps its order instead of sorting again.
    .orderBy(...orderBy(windowKeys(query.sort, w), query.dir))
    .limit(limit + 2);
  const hits = rows.filter((r) => r.matched);
  if (hits.length > limit || !rows.some((r) => r.rn === SEARCH_WINDOW)) return hits.slice(0, limit + 1);
  return null;
}

type WindowColumns = { k1: SQLWrapper; k2: SQLWrapper; email: SQLWrapper; status: SQLWrapper; addedAtRaw: SQLWrapper; personId: SQLWrapper };

function windowKeys(sort: NamedUserListQuery["sort"], w: WindowColumns): { column: SQL }[] {
  const cols = { name: [w.k1, w.k2, w.personId], email: [w.email, w.personId], status: [w.status, w.addedAtRaw, w.personId], added: [w.addedAtRaw, w.personId] }[sort];
  return cols.map((c) => ({ column: sql`${c}` }));
}

/**
 * Search, second try: only the people the trigram indexes find. Sequential scans are off
 * for this one query because the planner underrates ILIKE's cost and would test every
 * person instead (measured: ~10x slower at 100k users).
 */
async function throughTrigrams(db: Db, filters: SQL[], order: SQL[], q: string, limit: number): Promise<Raw[]> {
  // pg_trgm needs a run of three letters or digits to narrow anything; without one, the planner decides.
  if (!/[\p{L}\p{N}]{3}/u.test(q)) return direct(db, [...filters, matchesSearch(q)], order, limit);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await direct(tx, filters, order, limit, peopleMatching(q));
    await tx.execute(sql`reset enable_seqscan`);
    return rows;
  });
}

function toRow(r: Raw): NamedUserRow {
  return {
    personId: r.personId,
    firstName: r.firstName,
    lastName: r.lastName,
    name: r.name || `${r.firstName} ${r.lastName}`.trim() || r.email,
    email: r.email,
    status: r.status,
    adminRole: r.adminRole,
    addedAt: r.addedAt,
    productCodes: r.productCodes,
    productCount: r.productCodes.length,
  };
}

function keyOf(query: NamedUserListQuery, r: Raw): string[] {
  if (query.sort === "name") return [r.k1, r.k2, r.personId];
  if (query.sort === "email") return [r.email, r.personId];
  if (query.sort === "status") return [r.status, r.addedAt, r.personId];
  return [r.addedAt, r.personId];
}

/**
 * The account's named users, one keyset page at a time: search by name or email, filters
 * (product, admin role, status) and four sort orders, each asc or desc. The caller has
 * already been allowed to see this account's users (UM-5, UM-7); every query is scoped to
 * the account so nothing else can leak. Fast at 100k users (see list-named-users.test.ts).
 */
export async function listNamedUsers(db: Db, accountId: string, params: NamedUserListParams = {}): Promise<NamedUserPage> {
  const query = parseNamedUserListQuery(params);
  const keys = sortKeys(query.sort);
  const order = orderBy(keys, query.dir);
  const filters = baseFilters(accountId, query);
  const cursor = query.after ? decodeCursor(query.after, query.sort, query.dir) : null;
  if (cursor) filters.push(afterCursor(keys, query.dir, cursor));
  const fetch = query.limit + 1;
  let raw: Raw[];
  if (!query.q) raw = await direct(db, filters, order, fetch);
  else raw = (await windowed(db, accountId, query, filters, order, query.q)) ?? (await throughTrigrams(db, filters, order, query.q, fetch));
  const page = raw.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page.map(toRow), next: raw.length > query.limit && last ? encodeCursor(query.sort, query.dir, keyOf(query, last)) : null };
}
