import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, namedUsers, people } from "@/db/schema";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseNamedUserListQuery, type NamedUserListParams, type NamedUserListQuery, type NamedUserSort } from "./list-query";
import { addedAtText, afterCursor, baseFilters, matchesSearch, orderBy, sortKeys } from "./list-sql";

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

type Raw = Omit<NamedUserRow, "name" | "productCount"> & { name: string | null; sortLast: string | null; sortFirst: string | null; sortEmail: string | null };

// The page's steps read subqueries aliased "named_users", so raw column names: drizzle
// would otherwise check that a column's table is in the query.
const col = (column: string) => sql.raw(`"named_users"."${column}"`);

/** How many entries of the order's index a search walks before it reads the matches through the trigram index instead (tests lower it). */
export const WALK_CAP = 10_000;

/**
 * The named users' columns a page's first step reads: only the order's own keys, so a walk in
 * the name or email order reads nothing its index (named_users_account_name, _email) lacks.
 */
function stepColumns(sort: NamedUserSort): SQL {
  const keys = sort === "name" ? sql`sort_last, sort_first, null::text as sort_email` : sort === "email" ? sql`null::text as sort_last, null::text as sort_first, sort_email` : sql`null::text as sort_last, null::text as sort_first, null::text as sort_email`;
  return sql`account_id, person_id, status, added_at, search_text, ${keys}`;
}

/**
 * One keyset page, in two steps: first the page's named users alone, from `source` (the
 * account's named users, or a search's candidates), with the filters, order and limit and the
 * admin role for its filter, so every order is read through one of the account's indexes and
 * stops at the page's last row; then those rows' people and products, by key.
 */
async function selectPage(db: Db, accountId: string, source: SQL, where: SQL, order: SQL[], limit: number, extra: { hit: SQL; last: SQL } | null = null) {
  const step = db
    .select({
      personId: sql<string>`${col("person_id")}`.as("person_id"),
      status: sql<string>`${col("status")}`.as("status"),
      addedAt: sql<string>`${col("added_at")}`.as("added_at"),
      sortLast: sql<string>`${col("sort_last")}`.as("sort_last"),
      sortFirst: sql<string>`${col("sort_first")}`.as("sort_first"),
      sortEmail: sql<string>`${col("sort_email")}`.as("sort_email"),
      role: sql<string>`${accountAdmins.role}`.as("role"),
      hit: (extra?.hit ?? sql`true`).as("hit"),
      last: (extra?.last ?? sql`false`).as("last"),
    })
    .from(source)
    .leftJoin(accountAdmins, and(eq(accountAdmins.accountId, sql`${col("account_id")}`), eq(accountAdmins.personId, sql`${col("person_id")}`)))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return db
    .select({
      personId: sql<string>`${col("person_id")}`,
      firstName: sql<string>`${people.firstName}`,
      lastName: sql<string>`${people.lastName}`,
      name: sql<string | null>`${people.name}`,
      email: sql<string>`${people.email}`,
      status: sql<NamedUserRow["status"]>`${col("status")}`,
      adminRole: sql<NamedUserRow["adminRole"]>`${col("role")}`,
      addedAt: addedAtText,
      sortLast: sql<string | null>`${col("sort_last")}`,
      sortFirst: sql<string | null>`${col("sort_first")}`,
      sortEmail: sql<string | null>`${col("sort_email")}`,
      hit: sql<boolean>`${col("hit")}`,
      last: sql<boolean>`${col("last")}`,
      productCodes: sql<string[]>`array(select pr.code from named_assignments na join products pr on pr.id = na.product_id
        where na.account_id = ${accountId} and na.person_id = ${col("person_id")} order by 1)`,
    })
    .from(sql`(${step}) as "named_users"`)
    .innerJoin(people, eq(people.id, sql`${col("person_id")}`))
    .orderBy(...order);
}

const ofAccount = (sort: NamedUserSort, accountId: string, cursor: SQL | null, more: SQL | null = null) =>
  sql`select ${stepColumns(sort)} from ${namedUsers} where ${namedUsers.accountId} = ${accountId}${cursor ? sql` and ${cursor}` : sql``}${more ? sql` and ${more}` : sql``}`;

/**
 * A search. In the name and email orders it first walks the order's index (index-only, the
 * next WALK_CAP entries after the cursor), testing the fragment on each entry and stopping at
 * the page's last match; the WALK_CAP-th entry comes back even when it does not match, to say
 * the walk was cut short. When it was and the page did not fill (the matches are rare, or sit
 * further on), and in the other orders, it reads every match of the account through the
 * trigram index (the subquery's OFFSET 0 keeps the planner from walking an order instead) and
 * sorts them: cheap, since they are few.
 */
async function search(db: Db, accountId: string, query: NamedUserListQuery, filters: SQL[], cursor: SQL | null, order: SQL[], limit: number, walkCap: number): Promise<Raw[]> {
  const match = and(...filters, matchesSearch(query.q!))!;
  if (query.sort === "name" || query.sort === "email") {
    const walk = sql`(select ${stepColumns(query.sort)}, row_number() over (order by ${sql.join(order, sql`, `)}) as walked
      from ${namedUsers} where ${namedUsers.accountId} = ${accountId}${cursor ? sql` and ${cursor}` : sql``}
      order by ${sql.join(order, sql`, `)} limit ${walkCap}) as "named_users"`;
    const last = sql`${col("walked")} = ${walkCap}`;
    const rows = await selectPage(db, accountId, walk, or(match, last)!, order, limit, { hit: sql`coalesce(${match}, false)`, last });
    const hits = rows.filter((r) => r.hit);
    if (hits.length >= limit || !rows.some((r) => r.last)) return hits;
  }
  const matches = sql`(${ofAccount(query.sort, accountId, cursor, matchesSearch(query.q!))} offset 0) as "named_users"`;
  return selectPage(db, accountId, matches, and(...filters)!, order, limit);
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
  if (query.sort === "name") return [r.sortLast ?? "", r.sortFirst ?? "", r.personId];
  if (query.sort === "email") return [r.sortEmail ?? "", r.personId];
  if (query.sort === "status") return [r.status, r.addedAt, r.personId];
  return [r.addedAt, r.personId];
}

/**
 * The account's named users, one keyset page at a time: search by name or email, filters
 * (product, admin role, status) and four sort orders, each asc or desc. The caller has
 * already been allowed to see this account's users (UM-5, UM-7); every query is scoped to
 * the account so nothing else can leak. Fast at 100k users (see list-named-users.test.ts).
 */
export async function listNamedUsers(db: Db, accountId: string, params: NamedUserListParams = {}, walkCap = WALK_CAP): Promise<NamedUserPage> {
  const query = parseNamedUserListQuery(params);
  const keys = sortKeys(query.sort);
  const order = orderBy(keys, query.dir);
  const filters = baseFilters(accountId, query);
  const key = query.after ? decodeCursor(query.after, query.sort, query.dir) : null;
  const cursor = key ? afterCursor(keys, query.dir, key) : null;
  const fetch = query.limit + 1;
  const raw = query.q
    ? await search(db, accountId, query, filters, cursor, order, fetch, walkCap)
    : await selectPage(db, accountId, sql`(${ofAccount(query.sort, accountId, cursor)}) as "named_users"`, and(...filters)!, order, fetch);
  const page = raw.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page.map(toRow), next: raw.length > query.limit && last ? encodeCursor(query.sort, query.dir, keyOf(query, last)) : null };
}
