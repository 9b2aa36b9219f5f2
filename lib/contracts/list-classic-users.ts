import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ActorAccountFacts } from "@/lib/permissions";
import { csvLine } from "@/lib/csv/write-csv";
import { decodeClassicCursor, encodeClassicCursor, CLASSIC_ROLE_LABELS, type ClassicRole, type ClassicUsersQuery } from "./classic-users-query";

export type ClassicUserRow = { contractId: string; contractNumber: string; personId: string; name: string; email: string; role: ClassicRole; products: string[] };

/** The classic contracts the actor sees (UM-7 for the primary admin, read-only; CL-3, CL-8 their own for CMs and SCs), as SQL on contracts `c` (also the search's, lib/search). */
export function classicContractScopeSql(a: ActorAccountFacts): SQL {
  if (a.adminRole === "primary") return sql`true`;
  const ids = a.contractRoles.map((c) => c.contractId);
  return ids.length ? sql`c.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
}

/**
 * Classic users across the contracts the actor may see, with each contract's manager and
 * coordinator as rows of their own role: one set-based statement, filtered by contract,
 * product, role and search, in keyset pages ordered by email then contract number.
 */
export async function listClassicUsers(db: Db, a: ActorAccountFacts, query: Omit<ClassicUsersQuery, "after"> & { after?: string }): Promise<{ rows: ClassicUserRow[]; next: string | null }> {
  const limit = query.limit;
  const key = query.after ? decodeClassicCursor(query.after) : null;
  const person: SQL[] = [];
  if (query.q) {
    // ILIKE on name and email: what the people table's trigram indexes answer.
    const like = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    person.push(sql`(p.email ilike ${like} or p.name ilike ${like})`);
  }
  const contractFilter = query.contract ? sql`and c.id = ${query.contract}::uuid` : sql``;
  const scope = sql`c.account_id = ${a.accountId}::uuid and c.management = 'classic' and ${classicContractScopeSql(a)} ${contractFilter}`;
  // Each role is its own branch, ordered and limited on its own, so that the users' branch
  // walks people in email order and stops at the page's end instead of sorting every row.
  const branch = (role: ClassicRole, from: SQL) => {
    const where: SQL[] = [scope, ...person];
    if (query.product) where.push(sql`exists (select 1 from classic_assignments ca where ca.contract_id = c.id and ca.person_id = p.id and ca.product_id = ${query.product}::uuid)`);
    if (key) where.push(sql`(p.email, c.number, ${role}::text) > (${key[0]}, ${key[1]}, ${key[2]})`);
    return sql`(select c.id as contract_id, c.number, p.id as person_id, ${role}::text as role, p.email, coalesce(nullif(p.name, ''), p.email) as name
      from ${from} where ${sql.join(where, sql` and `)} order by p.email, c.number limit ${limit + 1})`;
  };
  const roles = query.role ? [query.role] : (["manager", "coordinator", "user"] as const);
  const from: Record<ClassicRole, SQL> = {
    manager: sql`contracts c join people p on p.id = c.contract_manager_id`,
    coordinator: sql`contracts c join people p on p.id = c.software_coordinator_id`,
    user: sql`people p join classic_users cu on cu.person_id = p.id join contracts c on c.id = cu.contract_id`,
  };
  const result = await db.execute(sql`
    select r.*, coalesce((select array_agg(pr.name order by pr.name) from classic_assignments ca join products pr on pr.id = ca.product_id
        where ca.contract_id = r.contract_id and ca.person_id = r.person_id), '{}') as products
    from (select * from (${sql.join(roles.map((role) => branch(role, from[role])), sql` union all `)}) u order by u.email, u.number, u.role limit ${limit + 1}) r
    order by r.email, r.number, r.role`);
  const raw = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  const rows: ClassicUserRow[] = raw.slice(0, limit).map((r) => ({
    contractId: String(r.contract_id),
    contractNumber: String(r.number),
    personId: String(r.person_id),
    name: String(r.name),
    email: String(r.email),
    role: r.role as ClassicRole,
    products: (r.products as string[] | null) ?? [],
  }));
  const last = rows.at(-1);
  return { rows, next: raw.length > limit && last ? encodeClassicCursor([last.email, last.contractNumber, last.role]) : null };
}

export const CLASSIC_EXPORT_HEADER = ["Name", "Email", "Contract", "Role", "Products"] as const;

/** The filtered list as CSV lines (formula cells neutralised by lib/csv), a keyset page at a time. */
export async function* exportClassicUsersCsv(db: Db, a: ActorAccountFacts, query: Omit<ClassicUsersQuery, "after" | "limit">): AsyncGenerator<string> {
  yield csvLine(CLASSIC_EXPORT_HEADER);
  let after: string | undefined;
  do {
    const page = await listClassicUsers(db, a, { ...query, after, limit: 1000 });
    yield page.rows.map((r) => csvLine([r.name, r.email, r.contractNumber, CLASSIC_ROLE_LABELS[r.role], r.products.join(";")])).join("");
    after = page.next ?? undefined;
  } while (after);
}
