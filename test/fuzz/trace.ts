import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/*
 * Which operation wrote which audit event and outbox email. In the fuzz's own database only,
 * audit_events and outbox_emails get two extra columns: the id of the transaction that wrote
 * the row (txid_current(), the same for every statement of one transaction) and a number
 * from one sequence shared by both tables. Each operation runs with a `Db` whose transactions first note their txid, so a
 * row leads back to the operation whose transaction wrote it, and a row no operation wrote
 * (an email sent outside the change's transaction, EM-1) is found too.
 */

const TRACED = ["audit_events", "outbox_emails"] as const;

/** The state the audit ledgers start from (invariants.ts): what the world held before any operation. */
const START = {
  fuzz_start_hub_members: "select hub_id, person_id from hub_members",
  fuzz_start_named_assignments: "select account_id, person_id, product_id from named_assignments",
  fuzz_start_classic_assignments: "select contract_id, person_id, product_id from classic_assignments",
  fuzz_start_account_admins: "select account_id, person_id, role from account_admins",
  fuzz_start_contracts: "select id, contract_manager_id, software_coordinator_id from contracts",
} as const;

/**
 * Adds the tracing columns, keeps the starting state for the audit ledgers, and returns the
 * sequence number of the last row already there. Call it once, after the world is built.
 */
export async function installTracing(db: Db): Promise<number> {
  for (const [table, query] of Object.entries(START)) await db.execute(sql.raw(`create table ${table} as ${query}`));
  // One sequence for both tables, so one number marks how far a batch's check has read.
  await db.execute(sql`create sequence fuzz_seq`);
  for (const table of TRACED) {
    await db.execute(sql.raw(`alter table ${table} add column fuzz_txid bigint default txid_current(), add column fuzz_seq bigint default nextval('fuzz_seq')`));
    // Rows written before the fuzz (the world) belong to no operation.
    await db.execute(sql.raw(`update ${table} set fuzz_txid = 0`));
  }
  return lastSeq(db);
}

export async function lastSeq(db: Db): Promise<number> {
  const rows = (await db.execute(sql`select greatest((select coalesce(max(fuzz_seq), 0) from audit_events), (select coalesce(max(fuzz_seq), 0) from outbox_emails))::text as n`)) as unknown as { n: string }[];
  return Number(rows[0]!.n);
}

/** `db` as one operation sees it: every transaction it opens reports its txid to `note`. */
export function tracedDb(db: Db, note: (txid: string) => void): Db {
  const traced = Object.create(db) as Db;
  traced.transaction = ((fn, config) =>
    db.transaction(async (tx) => {
      const rows = (await tx.execute(sql`select txid_current()::text as txid`)) as unknown as { txid: string }[];
      note(rows[0]!.txid);
      return fn(tx);
    }, config)) as Db["transaction"];
  return traced;
}

/** `renewedFrom`: a contract.renewed event's former renewal date (CL-3's double-renewal check). */
export type TracedRow = { table: "audit" | "outbox"; txid: string; seq: number; what: string; target: string | null; renewedFrom?: string | null };

/** The audit events and outbox emails written after `afterSeq`, with the transaction that wrote each. */
export async function rowsSince(db: Db, afterSeq: number): Promise<TracedRow[]> {
  const rows = (await db.execute(sql`
    select 'audit' as "table", fuzz_txid::text as txid, fuzz_seq::int as seq, action as what, target_id as target,
      case when action = 'contract.renewed' then before->>'renewalDate' end as "renewedFrom"
    from audit_events where fuzz_seq > ${afterSeq}
    union all
    select 'outbox', fuzz_txid::text, fuzz_seq::int, kind, "to", null from outbox_emails where fuzz_seq > ${afterSeq}
    order by seq`)) as unknown as TracedRow[];
  return rows;
}
