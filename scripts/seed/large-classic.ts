import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type LargeClassicOptions = { accountId: string; domain: string; contracts: number; classicUsers: number; log?: (message: string) => void };
export type LargeClassicSummary = { contracts: number; classicUsers: number; assignments: number; managers: number; coordinators: number };

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

/**
 * Classic User Management at scale in the large account (set-based SQL, one transaction):
 * `contracts` classic contracts (managed by one CM per 10 contracts, CL-2; three in four with
 * a software coordinator who coordinates up to five, CL-7), two products each with seats to
 * spare, and `classicUsers` classic users spread evenly (four in five of them named users of
 * the account too, one in five classic only), each with AutoCAD and half with the second
 * product, within seats (CL-12; the triggers keep the counters).
 */
export async function seedLargeClassic(db: Db, o: LargeClassicOptions): Promise<LargeClassicSummary> {
  const log = o.log ?? (() => {});
  const perContract = Math.ceil(o.classicUsers / o.contracts);
  const managers = Math.ceil(o.contracts / 10);
  const coordinators = Math.ceil(o.contracts / 5);
  const classicOnly = Math.floor(o.classicUsers / 5);
  return db.transaction(async (tx) => {
    const started = performance.now();
    await tx.execute(sql`
      insert into people (id, name, email, first_name, last_name, email_verified)
      select gen_random_uuid()::text, 'Classic ' || r || ' ' || g, lower(r) || '.' || g || '@' || ${o.domain}, 'Classic', r || ' ' || g, now()
      from (values ('Manager', ${managers}::int), ('Coordinator', ${coordinators}::int), ('Only', ${classicOnly}::int)) as roles(r, n), generate_series(1, n) g`);
    await tx.execute(sql`
      with cms as (select id, row_number() over (order by email) - 1 as i from people where email like 'manager.%@' || ${o.domain}),
      scs as (select id, row_number() over (order by email) - 1 as i from people where email like 'coordinator.%@' || ${o.domain})
      insert into contracts (account_id, number, channel, management, contract_manager_id, software_coordinator_id, purchased_by, term_start, renewal_date, auto_renew)
      select ${o.accountId}::uuid, 'CL' || lpad(g::text, 8, '0'), (case when g % 2 = 0 then 'online' else 'reseller' end)::contract_channel, 'classic',
        cms.id, case when g % 4 = 0 then null else scs.id end, cms.id, current_date - 100, current_date + (g % 365) + 1, g % 3 <> 0
      from generate_series(1, ${o.contracts}::int) g join cms on cms.i = (g - 1) % ${managers} left join scs on scs.i = (g - 1) % ${coordinators}`);
    await tx.execute(sql`
      insert into contract_products (contract_id, product_id, seats)
      select c.id, p.id, ${perContract + 5}::int from contracts c
        join products p on p.code = any(array['ACD', (array['RVT','CIVIL3D','NAVIS','3DSMAX'])[1 + abs(hashtext(c.number)) % 4]])
      where c.account_id = ${o.accountId}::uuid and c.management = 'classic' and c.number like 'CL%'`);
    log(`classic contracts and products: ${Math.round(performance.now() - started)} ms`);
    await tx.execute(sql`
      with pool as (
        select id, row_number() over (order by email) - 1 as i from (
          (select p.id, p.email from named_users nu join people p on p.id = nu.person_id where nu.account_id = ${o.accountId}::uuid order by p.email limit ${o.classicUsers - classicOnly})
          union all (select id, email from people where email like 'only.%@' || ${o.domain})) x
      ), cs as (select id, row_number() over (order by number) - 1 as i from contracts where account_id = ${o.accountId}::uuid and number like 'CL%')
      insert into classic_users (contract_id, person_id) select cs.id, pool.id from pool join cs on cs.i = pool.i % ${o.contracts}`);
    await tx.execute(sql`
      insert into classic_assignments (contract_id, person_id, product_id)
      select cu.contract_id, cu.person_id, cp.product_id from classic_users cu
        join contracts c on c.id = cu.contract_id and c.number like 'CL%' and c.account_id = ${o.accountId}::uuid
        join contract_products cp on cp.contract_id = cu.contract_id
        join products p on p.id = cp.product_id
      where p.code = 'ACD' or abs(hashtext(cu.person_id)) % 2 = 0`);
    log(`classic users and assignments: ${Math.round(performance.now() - started)} ms`);
    const [n] = rowsOf(await tx.execute(sql`select (select count(*)::int from classic_users cu join contracts c on c.id = cu.contract_id where c.account_id = ${o.accountId}::uuid) as users,
      (select count(*)::int from classic_assignments ca join contracts c on c.id = ca.contract_id where c.account_id = ${o.accountId}::uuid) as assignments`));
    return { contracts: o.contracts, classicUsers: Number(n!.users), assignments: Number(n!.assignments), managers, coordinators };
  });
}
