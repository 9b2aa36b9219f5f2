import { sql } from "drizzle-orm";

/**
 * How many named users' copies of their person's sort and search keys (named_users.sort_last,
 * sort_first, sort_email, search_text) differ from the person. The triggers of migration 0005
 * keep it at 0; the list test and the benchmark check it.
 */
export const NAMED_USER_KEY_MISMATCHES = sql`
  (select count(*) from named_users nu join people p on p.id = nu.person_id
     where (nu.sort_last, nu.sort_first, nu.sort_email, nu.search_text)
       is distinct from (lower(p.last_name), lower(p.first_name), p.email, lower(coalesce(p.name, '') || chr(10) || p.email)))`;
