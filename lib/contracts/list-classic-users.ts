import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ActorAccountFacts } from "@/lib/permissions";
import { csvLine } from "@/lib/csv/write-csv";
import { decodeClassicCursor, encodeClassicCursor, CLASSIC_ROLE_LABELS, type ClassicRole, type ClassicUsersQuery } from "./classic-users-query";

export type ClassicUserRow = { contractId: string; contractNumber: string; personId: string; name: string; email: string; role: ClassicRole; products: string[] };

/** The classic contracts the actor sees (UM-7 for the primary admin, read-only; CL-3, CL-8 their own for CMs and SCs), as SQL. */
function scopeSql(a: ActorAccountFacts): SQL {
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
  const filters: SQL[] = [];
  if (query.role) filters.push(sql`r.role = ${query.role}`);
  if (query.product) filters.push(sql`exists (select 1 from classic_assignments ca where ca.contract_id = r.contract_id and ca.person_id = r.person_id and ca.product_id = ${query.product}::uuid)`);
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    filters.push(sql`(p.email like ${like} or lower(coalesce(p.name, '')) like ${like})`);
  }
  const key = query.after ? decodeClassicCursor(query.after) : null;
  if (key) filters.push(sql`(p.email, r.number, r.role) > (${key[0]}, ${key[1]}, ${key[2]})`);
  const where = filters.length ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  const contractFilter = query.contract ? sql`and c.id = ${query.contract}::uuid` : sql``;
  const limit = query.limit;
  const result = await db.execute(sql`
    with scope as (
      select c.id, c.number, c.contract_manager_id, c.software_coordinator_id from contracts c
      where c.account_id = ${a.accountId}::uuid and c.management = 'classic' and ${scopeSql(a)} ${contractFilter}
    ), r as (
      select s.id as contract_id, s.number, s.contract_manager_id as person_id, 'manager' as role from scope s
      union all
      select s.id, s.number, s.software_coordinator_id, 'coordinator' from scope s where s.software_coordinator_id is not null
      union all
      select s.id, s.number, cu.person_id, 'user' from scope s join classic_users cu on cu.contract_id = s.id
    )
    select r.contract_id, r.number, r.person_id, r.role, p.email, coalesce(nullif(p.name, ''), p.email) as name,
      coalesce((select array_agg(pr.name order by pr.name) from classic_assignments ca join products pr on pr.id = ca.product_id
        where ca.contract_id = r.contract_id and ca.person_id = r.person_id), '{}') as products
    from r join people p on p.id = r.person_id
    ${where}
    order by p.email, r.number, r.role
    limit ${limit + 1}`);
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
