import { sql } from "drizzle-orm";

/**
 * How many seat counters differ from the assignments they count: named (per account and
 * product, named_seat_counts) and classic (per contract product, contract_products.assigned).
 * The triggers of migration 0003 keep it at 0; the concurrency test and the benchmark check it.
 */
export const SEAT_COUNT_MISMATCHES = sql`
  (select count(*) from (select account_id, product_id, count(*)::int as n from named_assignments group by 1, 2) a
     full join named_seat_counts c using (account_id, product_id)
     where coalesce(a.n, 0) <> coalesce(c.assigned, 0))
  + (select count(*) from contract_products cp
     left join (select contract_id, product_id, count(*)::int as n from classic_assignments group by 1, 2) a using (contract_id, product_id)
     where cp.assigned <> coalesce(a.n, 0))`;
