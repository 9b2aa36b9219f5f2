import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import type { ActorAccountFacts } from "@/lib/permissions";
import { cursorText, decodeCursorWith } from "@/lib/input/schemas";

export const MISMATCH_KINDS = ["classic_not_named", "named_not_classic", "no_coordinator", "manager_not_admin", "product_differs"] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

/** Why each kind of difference can happen: the independence rules, in words, for every line. */
export const MISMATCH_WHY: Record<MismatchKind, { title: string; why: string }> = {
  classic_not_named: { title: "Classic user who is not a named user", why: "The two views keep separate user lists: adding a classic user adds no named user (HY-2)." },
  named_not_classic: { title: "Named user who is in no classic contract", why: "Adding a named user in By User or By Product changes only User Management (HY-2)." },
  no_coordinator: { title: "Contract without a software coordinator", why: "A contract has at most one coordinator, assigned by its contract manager (CL-6); until then nobody receives its release notes (CL-9)." },
  manager_not_admin: { title: "Contract manager who is not an admin of the account", why: "A purchase makes its buyer contract manager (PU-1) without an admin role; only a hand-over online makes the new manager a secondary admin (CL-5), and roles in one view change none in the other (HY-3)." },
  product_differs: { title: "Product assigned in one view but not the other", why: "Assignments are made per view: a classic seat (CL-12) and a named seat (UM-9) are separate, and changing one changes nothing in the other (HY-2)." },
};

export type MismatchRow = { kind: MismatchKind; key: string; personId: string | null; contractId: string | null; label: string; detail: string; o1: string; o2: string };

// The position: the kind, then its two order columns (o1, o2) of the last line shown.
const cursorSchema = z.object({ k: z.tuple([z.enum(MISMATCH_KINDS), cursorText, cursorText]) });
export const encodeMismatchCursor = (kind: MismatchKind, o1: string, o2: string) => Buffer.from(JSON.stringify({ k: [kind, o1, o2] })).toString("base64url");
export const decodeMismatchCursor = (cursor: string) => decodeCursorWith(cursor, cursorSchema)?.k ?? null;

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

/**
 * Where the two views differ, for the primary admin (the whole account, UM-7) or a contract
 * manager (the contracts they manage, CL-3): set-based SQL over the account, in keyset pages
 * ordered by kind, then a stable key. Named users missing from every classic contract are
 * the primary admin's only: a contract manager does not see User Management.
 */
export async function listMismatches(db: Db, a: ActorAccountFacts, opts: { kind?: MismatchKind; after?: string; limit?: number } = {}): Promise<{ rows: MismatchRow[]; next: string | null }> {
  const whole = a.adminRole === "primary";
  const managed = a.contractRoles.filter((c) => c.role === "manager").map((c) => c.contractId);
  const scope: SQL = whole ? sql`true` : managed.length ? sql`c.id in (${sql.join(managed.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  const limit = opts.limit ?? 50;
  const after = opts.after ? decodeMismatchCursor(opts.after) : null;
  const acct = sql`${a.accountId}::uuid`;
  const prefix = sql`with sc as (select c.id, c.number, c.management, c.contract_manager_id, c.software_coordinator_id from contracts c where c.account_id = ${acct} and ${scope}),
    classic as (select s.id, s.number, cu.person_id from sc s join classic_users cu on cu.contract_id = s.id where s.management = 'classic')`;
  const byKind: Record<MismatchKind, SQL> = {
    classic_not_named: sql`select p.email as o1, cl.number as o2, p.email || '|' || cl.number as key, cl.person_id, cl.id as contract_id, coalesce(nullif(p.name, ''), p.email) as label, 'Contract ' || cl.number as detail
      from classic cl join people p on p.id = cl.person_id
      where not exists (select 1 from named_users nu where nu.account_id = ${acct} and nu.person_id = cl.person_id)`,
    named_not_classic: sql`select p.email as o1, '' as o2, p.email as key, nu.person_id, null::uuid as contract_id, coalesce(nullif(p.name, ''), p.email) as label, 'Named user, ' || nu.status as detail
      from named_users nu join people p on p.id = nu.person_id
      where ${whole} and nu.account_id = ${acct}
        and not exists (select 1 from classic_users cu join contracts c2 on c2.id = cu.contract_id where c2.account_id = nu.account_id and cu.person_id = nu.person_id)`,
    no_coordinator: sql`select s.number as o1, '' as o2, s.number as key, null::text as person_id, s.id as contract_id, 'Contract ' || s.number as label, 'No software coordinator' as detail
      from sc s where s.management = 'classic' and s.software_coordinator_id is null`,
    manager_not_admin: sql`select s.number as o1, '' as o2, s.number as key, s.contract_manager_id as person_id, s.id as contract_id, coalesce(nullif(p.name, ''), p.email) as label, 'Contract manager of ' || s.number as detail
      from sc s join people p on p.id = s.contract_manager_id
      where not exists (select 1 from account_admins aa where aa.account_id = ${acct} and aa.person_id = s.contract_manager_id)`,
    product_differs: sql`select p.email as o1, pr.name || '|' || x.side as o2, p.email || '|' || pr.name || '|' || x.side as key, x.person_id, x.contract_id, coalesce(nullif(p.name, ''), p.email) as label,
        pr.name || case when x.side = 'classic' then ' in contract ' || x.number || ', not in User Management' else ' in User Management, not in their classic contracts' end as detail
      from (
        select 'classic' as side, ca.person_id, ca.product_id, cl.id as contract_id, cl.number from classic cl
          join classic_assignments ca on ca.contract_id = cl.id and ca.person_id = cl.person_id
          join named_users nu on nu.account_id = ${acct} and nu.person_id = cl.person_id
          where not exists (select 1 from named_assignments na where na.account_id = ${acct} and na.person_id = ca.person_id and na.product_id = ca.product_id)
        union all
        select distinct 'named', na.person_id, na.product_id, null::uuid, null::text from named_assignments na
          join classic cl on cl.person_id = na.person_id
          where na.account_id = ${acct}
            and not exists (select 1 from classic cl2 join classic_assignments ca on ca.contract_id = cl2.id and ca.person_id = cl2.person_id where cl2.person_id = na.person_id and ca.product_id = na.product_id)
      ) x join people p on p.id = x.person_id join products pr on pr.id = x.product_id`,
  };
  // Kind by kind, in the report's order, until the page is full: the first page of a large
  // account reads only as far as it shows.
  const kinds = opts.kind ? [opts.kind] : MISMATCH_KINDS.slice(after ? MISMATCH_KINDS.indexOf(after[0]) : 0);
  const rows: MismatchRow[] = [];
  let more = false;
  for (const kind of kinds) {
    const want = limit + 1 - rows.length;
    if (want <= 0) break;
    const from = after && after[0] === kind ? sql`where (m.o1, m.o2) > (${after[1]}::text, ${after[2]}::text)` : sql``;
    const found = rowsOf(await db.execute(sql`${prefix} select m.* from (${byKind[kind]}) m ${from} order by m.o1, m.o2 limit ${want}`));
    for (const r of found) {
      rows.push({ kind, key: String(r.key), personId: (r.person_id as string | null) ?? null, contractId: (r.contract_id as string | null) ?? null, label: String(r.label), detail: String(r.detail), o1: String(r.o1), o2: String(r.o2) });
    }
  }
  if (rows.length > limit) {
    more = true;
    rows.length = limit;
  }
  const last = rows.at(-1);
  return { rows, next: more && last ? encodeMismatchCursor(last.kind, last.o1, last.o2) : null };
}
