import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decide, type AccountResource } from "@/lib/permissions";
import { type Loaded } from "@/lib/permissions/facts";
import { findPersonById, type PersonRef } from "@/lib/people/people";
import type { ClassicRole } from "./classic-users-query";

export type UserManagementPlace = { status: "invited" | "active"; adminRole: "primary" | "secondary" | null; products: string[] };
export type ClassicPlace = { contractId: string; contractNumber: string; roles: ClassicRole[]; products: string[] };
export type PersonAcrossViews = {
  person: PersonRef;
  /** null: not a named user; undefined: the viewer does not see User Management (UM-7). */
  userManagement: UserManagementPlace | null | undefined;
  classic: ClassicPlace[];
};

/** The classic contracts the viewer sees (UM-7 primary admin: all; CMs and SCs: theirs), as a SQL condition on `c`. */
function visibleClassic(ids: readonly string[], all: boolean) {
  if (all) return sql`true`;
  return ids.length ? sql`c.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
}

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

/**
 * One person as the viewer may see them in both views, side by side and read-only (HY-2,
 * HY-3: the views are independent, so a person can be in one, the other, or both). null when
 * the person appears nowhere the viewer sees: "not found", like any other person of no concern.
 */
export async function loadPersonAcrossViews(db: Db, facts: Loaded<AccountResource>, personId: string): Promise<PersonAcrossViews | null> {
  const a = facts.actor.account;
  if (!a) return null;
  const seesUm = decide(facts.actor, "namedUsers.view", facts.resource).allowed;
  const classicIds = a.contractRoles.map((c) => c.contractId);
  const [umResult, classicResult] = await Promise.all([
    seesUm
      ? db.execute(sql`
          select nu.status, aa.role as admin_role,
            coalesce((select array_agg(p.name order by p.name) from named_assignments na join products p on p.id = na.product_id
              where na.account_id = nu.account_id and na.person_id = nu.person_id), '{}') as products
          from named_users nu left join account_admins aa on aa.account_id = nu.account_id and aa.person_id = nu.person_id
          where nu.account_id = ${a.accountId}::uuid and nu.person_id = ${personId}`)
      : null,
    db.execute(sql`
      select c.id, c.number,
        array_remove(array[case when c.contract_manager_id = ${personId} then 'manager' end, case when c.software_coordinator_id = ${personId} then 'coordinator' end,
          case when cu.person_id is not null then 'user' end], null) as roles,
        coalesce((select array_agg(p.name order by p.name) from classic_assignments ca join products p on p.id = ca.product_id
          where ca.contract_id = c.id and ca.person_id = ${personId}), '{}') as products
      from contracts c left join classic_users cu on cu.contract_id = c.id and cu.person_id = ${personId}
      where c.account_id = ${a.accountId}::uuid and c.management = 'classic' and ${visibleClassic(classicIds, a.adminRole === "primary")}
        and (cu.person_id is not null or c.contract_manager_id = ${personId} or c.software_coordinator_id = ${personId})
      order by c.number`),
  ]);
  const um = umResult ? rowsOf(umResult)[0] : undefined;
  const classic = rowsOf(classicResult).map((r) => ({ contractId: String(r.id), contractNumber: String(r.number), roles: r.roles as ClassicRole[], products: (r.products as string[]) ?? [] }));
  const userManagement = !seesUm ? undefined : um ? { status: um.status as "invited" | "active", adminRole: (um.admin_role as "primary" | "secondary" | null) ?? null, products: (um.products as string[]) ?? [] } : null;
  if (!userManagement && classic.length === 0) return null;
  const person = await findPersonById(db, personId);
  return person ? { person, userManagement, classic } : null;
}
