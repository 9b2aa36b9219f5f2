import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { SEAT_COUNT_MISMATCHES } from "@/db/seat-counts";

/*
 * The invariants the fuzz checks with SQL after every batch, while nothing runs. Each query
 * returns the rows that break its rule (none when it holds).
 */

export type Row = Record<string, unknown>;

/**
 * `known`: rows that match a bug already found, reported and replayed as a focused test
 * (test/fuzz/found.test.ts) but not fixed yet. They are counted and printed, not failed on,
 * so the fuzz keeps watching for everything else. Delete it once the bug is fixed.
 */
export type Invariant = { id: string; says: string; query: SQL; known?: { note: string; matches: (row: Row) => boolean } };

export const INVARIANTS: readonly Invariant[] = [
  {
    id: "UM-1",
    says: "an account with User Management has exactly one primary admin",
    query: sql`select a.id, count(aa.person_id) filter (where aa.role = 'primary')::int as primaries
      from accounts a left join account_admins aa on aa.account_id = a.id
      where exists (select 1 from contracts c where c.account_id = a.id and c.management = 'named')
      group by a.id having count(aa.person_id) filter (where aa.role = 'primary') <> 1`,
  },
  {
    id: "UM-4",
    says: "a person is an admin of at most one account",
    query: sql`select person_id, count(*)::int as accounts from account_admins group by person_id having count(*) > 1`,
  },
  {
    id: "UM-10",
    says: "every admin is a named user of their account",
    query: sql`select aa.account_id, aa.person_id from account_admins aa
      where not exists (select 1 from named_users n where n.account_id = aa.account_id and n.person_id = aa.person_id)`,
  },
  {
    id: "CL-1",
    says: "every contract has exactly one contract manager, a person who exists",
    query: sql`select c.id from contracts c where c.contract_manager_id is null or not exists (select 1 from people p where p.id = c.contract_manager_id)`,
  },
  {
    id: "CL-6",
    says: "at most one software coordinator, and only on classic contracts",
    query: sql`select c.id from contracts c where c.software_coordinator_id is not null
      and (c.management <> 'classic' or not exists (select 1 from people p where p.id = c.software_coordinator_id))`,
  },
  {
    id: "UM-9",
    says: "a product is assigned to at most as many named users as the seats of the account's active named contracts",
    query: sql`with seats as (
        select c.account_id, cp.product_id, sum(cp.seats)::int as seats from contracts c join contract_products cp on cp.contract_id = c.id
        where c.management = 'named' and c.status = 'active' group by 1, 2),
      held as (select account_id, product_id, count(*)::int as held from named_assignments group by 1, 2)
      select h.account_id, h.product_id, h.held, coalesce(s.seats, 0) as seats from held h left join seats s using (account_id, product_id)
      where h.held > coalesce(s.seats, 0)`,
  },
  {
    id: "CL-12",
    says: "a contract product is assigned to at most as many classic users as its seats",
    query: sql`select a.contract_id, a.product_id, a.held, cp.seats
      from (select contract_id, product_id, count(*)::int as held from classic_assignments group by 1, 2) a
      left join contract_products cp using (contract_id, product_id)
      where cp.seats is null or a.held > cp.seats`,
  },
  {
    id: "UM-9/CL-12 counters",
    says: "every seat counter equals the assignments it counts",
    query: sql`select n from (select (${SEAT_COUNT_MISMATCHES})::int as n) m where n > 0`,
  },
  {
    id: "HB-8",
    says: "every hub keeps at least one active hub administrator",
    query: sql`select h.id from hubs h where not exists (select 1 from hub_members m where m.hub_id = h.id and m.role = 'hub_admin' and m.active)`,
  },
  {
    id: "HB-7",
    says: "at most one live invitation per person and target (the hub, or one project)",
    query: sql`select hub_id, project_id, email, count(*)::int as live from invitations
      where status in ('pending', 'awaiting_approval') group by 1, 2, 3 having count(*) > 1`,
  },
  {
    id: "PR-6",
    says: "a project has at most 500 members, a group counting as one",
    query: sql`select p.id, (select count(*) from project_members m where m.project_id = p.id)::int
        + (select count(*) from project_groups g where g.project_id = p.id)::int as members
      from projects p
      where (select count(*) from project_members m where m.project_id = p.id) + (select count(*) from project_groups g where g.project_id = p.id) > 500`,
  },
  {
    id: "HB-5",
    says: "every project member is a member of the project's hub (removal and leaving take their projects with them)",
    query: sql`select pm.project_id, pm.person_id, pm.added_at
      from project_members pm join projects p on p.id = pm.project_id
      where not exists (select 1 from hub_members m where m.hub_id = p.hub_id and m.person_id = pm.person_id)`,
  },
  {
    id: "LP-2",
    says: "no Project Contributor is a member of an Open legacy project",
    query: sql`select pm.project_id, pm.person_id from project_members pm join projects p on p.id = pm.project_id
      join hub_members m on m.hub_id = p.hub_id and m.person_id = pm.person_id
      where p.kind = 'legacy' and p.visibility = 'open' and m.role = 'project_contributor'`,
  },
  {
    id: "LP-3",
    says: "no Project Contributor is project administrator of a legacy project",
    query: sql`select pm.project_id, pm.person_id from project_members pm join projects p on p.id = pm.project_id
      join hub_members m on m.hub_id = p.hub_id and m.person_id = pm.person_id
      where p.kind = 'legacy' and pm.role = 'project_admin' and m.role = 'project_contributor'`,
  },
  // AU-1 as ledgers: the audit log, replayed over the world's starting state (trace.ts), gives
  // the state now. An event for a change that did not happen (a double click that changed
  // nothing) or a change without its event breaks the ledger.
  {
    id: "AU-1 ledger: hub members",
    says: "joins, accepted invitations, departures and removals in the audit log account for every hub membership",
    // `joins_in_a_row`: join events with no departure since the previous join (or the start).
    query: sql`with logged as (
        select hub_id, target_id as person_id, fuzz_seq as seq, 1 as d from audit_events where action = 'hub.member_joined'
        union all select hub_id, actor_id, fuzz_seq, 1 from audit_events where action = 'invitation.accepted' and side_effects @> '[{"rule": "HB-5"}]'::jsonb
        union all select hub_id, target_id, fuzz_seq, -1 from audit_events where action in ('hub.member_left', 'hub.member_removed')),
      ev as (select hub_id, person_id, 0::bigint as seq, 1 as d from fuzz_start_hub_members union all select * from logged),
      ledger as (select hub_id, person_id, sum(d)::int as n from ev group by 1, 2),
      twice as (select hub_id, person_id, count(*)::int as n
        from (select hub_id, person_id, d, lag(d) over (partition by hub_id, person_id order by seq) as prev from ev) x
        where d = 1 and prev = 1 group by 1, 2)
      select hub_id, person_id, coalesce(l.n, 0) as ledger, m.role is not null as member, coalesce(t.n, 0) as joins_in_a_row
      from ledger l full join hub_members m using (hub_id, person_id) left join twice t using (hub_id, person_id)
      where coalesce(l.n, 0) <> (case when m.role is null then 0 else 1 end)`,
  },
  {
    id: "AU-1 ledger: named assignments",
    says: "assignment and unassignment events account for every named assignment",
    query: sql`with ev as (
        select account_id, person_id, product_id, 1 as d from fuzz_start_named_assignments
        union all select e.account_id, e.target_id, p.id, case when e.action = 'named_user.product_assigned' then 1 else -1 end
          from audit_events e join products p on p.name = coalesce(e.after->>'product', e.before->>'product')
          where e.action in ('named_user.product_assigned', 'named_user.product_unassigned')),
      ledger as (select account_id, person_id, product_id, sum(d)::int as n from ev group by 1, 2, 3)
      select account_id, person_id, product_id, coalesce(l.n, 0) as ledger, a.assigned_at is not null as assigned
      from ledger l full join named_assignments a using (account_id, person_id, product_id)
      where coalesce(l.n, 0) <> (case when a.assigned_at is null then 0 else 1 end)`,
  },
  {
    id: "AU-1 ledger: classic assignments",
    says: "assignment and unassignment events account for every classic assignment",
    query: sql`with ev as (
        select contract_id, person_id, product_id, 1 as d from fuzz_start_classic_assignments
        union all select e.contract_id, e.target_id, p.id, case when e.action = 'classic_user.product_assigned' then 1 else -1 end
          from audit_events e join products p on p.name = coalesce(e.after->>'product', e.before->>'product')
          where e.action in ('classic_user.product_assigned', 'classic_user.product_unassigned')),
      ledger as (select contract_id, person_id, product_id, sum(d)::int as n from ev group by 1, 2, 3)
      select contract_id, person_id, product_id, coalesce(l.n, 0) as ledger, a.assigned_at is not null as assigned
      from ledger l full join classic_assignments a using (contract_id, person_id, product_id)
      where coalesce(l.n, 0) <> (case when a.assigned_at is null then 0 else 1 end)`,
  },
  {
    id: "AU-1 ledger: account admins",
    says: "grants, removals and CL-5's secondary-admin step account for every admin; the last primary-admin change names the primary admin",
    query: sql`with ev as (
        select account_id, person_id, 1 as d from fuzz_start_account_admins
        union all select account_id, target_id, 1 from audit_events where action = 'account.secondary_admin_granted'
        union all select account_id, target_id, -1 from audit_events where action = 'account.secondary_admin_removed'
        union all select account_id, target_id, 1 from audit_events where action = 'contract.manager_changed' and after->>'secondaryAdmin' = 'added'),
      ledger as (select account_id, person_id, sum(d)::int as n from ev group by 1, 2)
      select account_id, person_id, coalesce(l.n, 0) as ledger, a.role::text as role
      from ledger l full join account_admins a using (account_id, person_id)
      where coalesce(l.n, 0) <> (case when a.role is null then 0 else 1 end)
      union all
      select s.account_id, cur.person_id, null, 'primary, but the log says ' || coalesce(last.target_id, s.person_id)
      from fuzz_start_account_admins s
      left join account_admins cur on cur.account_id = s.account_id and cur.role = 'primary'
      left join lateral (select target_id from audit_events e where e.account_id = s.account_id and e.action = 'account.primary_admin_changed' order by fuzz_seq desc limit 1) last on true
      where s.role = 'primary' and cur.person_id is distinct from coalesce(last.target_id, s.person_id)`,
  },
  {
    id: "AU-1 ledger: contract roles",
    says: "the last contract-manager and software-coordinator events name each contract's manager and coordinator",
    query: sql`select c.id, c.contract_manager_id, c.software_coordinator_id, cm.cm as logged_cm, sc.sc as logged_sc
      from contracts c join fuzz_start_contracts s on s.id = c.id
      left join lateral (select after->>'contractManager' as cm from audit_events e
        where e.contract_id = c.id and e.action = 'contract.manager_changed' order by fuzz_seq desc limit 1) cm on true
      left join lateral (select true as found, case when e.action = 'contract.software_coordinator_removed' then null else e.target_id end as sc from audit_events e
        where e.contract_id = c.id and e.action like 'contract.software_coordinator_%' order by fuzz_seq desc limit 1) sc on true
      where c.contract_manager_id is distinct from coalesce(cm.cm, s.contract_manager_id)
        or c.software_coordinator_id is distinct from (case when sc.found then sc.sc else s.software_coordinator_id end)`,
  },
];

export type Broken = { id: string; says: string; rows: Row[]; known: Row[]; knownNote?: string };

/** Runs every invariant; returns the broken ones, rows that match a known bug apart. */
export async function checkInvariants(db: Db): Promise<Broken[]> {
  const broken: Broken[] = [];
  for (const inv of INVARIANTS) {
    const all = (await db.execute(sql`select * from (${inv.query}) q limit 50`)) as unknown as Row[];
    if (all.length === 0) continue;
    const known = inv.known ? all.filter(inv.known.matches) : [];
    broken.push({ id: inv.id, says: inv.says, rows: all.filter((r) => !known.includes(r)), known, knownNote: inv.known?.note });
  }
  return broken;
}
