import { and, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, namedUsers, people } from "@/db/schema";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseNamedUserListQuery, type NamedUserListParams, type NamedUserListQuery } from "./list-query";
import { addedAtText, afterCursor, baseFilters, likePattern, matchesSearch, orderBy, sortKeys } from "./list-sql";

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

/**
 * A search first reads the people the trigram indexes find (people_matching, migration 0003)
 * and joins them to the account's named users by key, sorting only those: cheap while the
 * matches are fewer than this. More candidates than this means the fragment is common, so
 * walking the account's users in sort order and stopping at the page's last match is cheaper.
 */
const CANDIDATE_CAP = 20_000;

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
 * Search driven by the trigram match: the matching people (at most CANDIDATE_CAP + 1 of them)
 * stand in for the people table, joined to the account's named users by their key. Returns
 * null when the cap was reached: the fragment is common, and the ordered walk is the better plan.
 */
async function throughTrigrams(db: Db, filters: SQL[], order: SQL[], q: string, limit: number): Promise<Raw[] | null> {
  const like = likePattern(q);
  // OFFSET 0 keeps the candidates a subquery of their own (read once, never merged into an
  // ordered scan of everyone); the window count says whether the cap was reached.
  const source = sql`(select p.id, p.name, p.email, p.first_name, p.last_name, count(*) over () as candidates
    from (select id from people_matching(${like}) limit ${CANDIDATE_CAP + 1}) m join ${people} p on p.id = m.id offset 0) as "people"`;
  const rows = await db
    .select({ ...rowColumns, productCodes: codesOf(namedUsers.personId, namedUsers.accountId), candidates: sql<number>`"people"."candidates"`.mapWith(Number) })
    .from(namedUsers)
    .innerJoin(source, personJoin)
    .leftJoin(accountAdmins, adminJoin)
    .where(and(...filters))
    .orderBy(...order)
    .limit(limit);
  if (rows.some((r) => r.candidates > CANDIDATE_CAP)) return null;
  return rows;
}

/** Search: through the trigram indexes when the fragment can use them, else (or when common) the ordered walk. */
async function search(db: Db, filters: SQL[], order: SQL[], q: string, limit: number): Promise<Raw[]> {
  // pg_trgm needs a run of three letters or digits to narrow anything.
  const viaTrigrams = /[\p{L}\p{N}]{3}/u.test(q) ? await throughTrigrams(db, filters, order, q, limit) : null;
  return viaTrigrams ?? direct(db, [...filters, matchesSearch(q)], order, limit);
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
  else raw = await search(db, filters, order, query.q, fetch);
  const page = raw.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page.map(toRow), next: raw.length > query.limit && last ? encodeCursor(query.sort, query.dir, keyOf(query, last)) : null };
}
