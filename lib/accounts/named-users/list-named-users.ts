import { and, eq, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
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
 * Search in the name order first walks the people in that order, index-only (people_sort_name
 * holds name, email and the names), testing the fragment on each entry and stopping at the page's last
 * match; at most WALK_CAP entries, so a fragment whose matches sit late or are rare stops
 * early and goes to the trigram indexes instead (people_matching, migration 0003), which
 * read only the matching people and join them to the account's named users by key.
 */
const WALK_CAP = 10_000;

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

/** One ordered, index-driven query. `source` stands in for the people table (see the search paths below). */
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
 * The name-order walk: the next WALK_CAP people in the order (after the cursor), numbered,
 * joined to the account's named users by key and tested for the fragment. The subquery keeps
 * its order (its sort keys are its columns k1, k2), so the page's LIMIT stops the walk at its
 * last match. The WALK_CAP-th entry comes back even when it does not match: it says the walk
 * was cut short. Null then, when the page did not fill: the trigram indexes must finish it.
 */
async function walkNameOrder(db: Db, accountId: string, filters: SQL[], cursor: SQL | null, order: SQL[], dir: "asc" | "desc", q: string, limit: number): Promise<Raw[] | null> {
  const source = sql`(select ${people.id}, ${people.name}, ${people.email}, ${people.firstName}, ${people.lastName},
      lower(${people.lastName}) as k1, lower(${people.firstName}) as k2, row_number() over (order by ${sql.join(order, sql`, `)}) as rn
    from ${people} ${cursor ? sql`where ${cursor}` : sql``} order by ${sql.join(order, sql`, `)} limit ${WALK_CAP}) as "people"`;
  const keys = [sql`"people"."k1"`, sql`"people"."k2"`, sql`"people"."id"`].map((column) => ({ column }));
  const wanted = and(...filters, matchesSearch(q))!;
  const last = sql`"people"."rn" = ${WALK_CAP}`;
  const rows = await db
    .select({ ...rowColumns, productCodes: codesOf(namedUsers.personId, sql`${accountId}::uuid`), hit: sql<boolean>`coalesce(${wanted}, false)`, last: sql<boolean>`${last}` })
    .from(source)
    // A left join, so the walk's last entry comes back even when it is no user of this account.
    .leftJoin(namedUsers, and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, sql`"people"."id"`)))
    .leftJoin(accountAdmins, adminJoin)
    .where(or(wanted, last))
    .orderBy(...orderBy(keys, dir))
    .limit(limit + 1);
  const hits = rows.filter((r) => r.hit);
  if (hits.length >= limit || !rows.some((r) => r.last)) return hits.slice(0, limit);
  return null;
}

/** Only the people the trigram indexes find (with the columns the page shows), joined to the account's named users by key. */
async function throughTrigrams(db: Db, filters: SQL[], order: SQL[], q: string, limit: number): Promise<Raw[]> {
  const source = sql`(select m.id, m.name, m.email, m.first_name, m.last_name from people_matching(${likePattern(q)}) m) as "people"`;
  return direct(db, filters, order, limit, source);
}

/**
 * Search: the name-order walk when it fills the page, else the trigram indexes when the
 * fragment can use them (a run of three letters or digits), else the planner's own plan.
 */
async function search(db: Db, accountId: string, query: NamedUserListQuery, filters: SQL[], cursor: SQL | null, order: SQL[], limit: number): Promise<Raw[]> {
  const q = query.q!;
  if (query.sort === "name") {
    const walked = await walkNameOrder(db, accountId, filters, cursor, order, query.dir, q, limit);
    if (walked) return walked;
  }
  const withCursor = cursor ? [...filters, cursor] : filters;
  if (/[\p{L}\p{N}]{3}/u.test(q)) return throughTrigrams(db, withCursor, order, q, limit);
  return direct(db, [...withCursor, matchesSearch(q)], order, limit);
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
  const key = query.after ? decodeCursor(query.after, query.sort, query.dir) : null;
  const cursor = key ? afterCursor(keys, query.dir, key) : null;
  const fetch = query.limit + 1;
  const raw = query.q ? await search(db, accountId, query, filters, cursor, order, fetch) : await direct(db, cursor ? [...filters, cursor] : filters, order, fetch);
  const page = raw.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page.map(toRow), next: raw.length > query.limit && last ? encodeCursor(query.sort, query.dir, keyOf(query, last)) : null };
}
