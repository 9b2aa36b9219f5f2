import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Rate-limit counters are counted before the facts are loaded, whatever the outcome
 * (lib/actions/define-action.ts: a refused flood must still be slowed), so a refusal may
 * move them by design. Every other table must be byte for byte the same after a refusal.
 */
export const DIGEST_SKIPS: Record<string, string> = {
  "public.rate_limit_counters": "counted before the decision whatever the outcome, by design (limitPerActor)",
};

export type Digest = Map<string, string>;

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every user table of the database (all schemas but PostgreSQL's own), in a stable order. */
export async function listTables(db: Db): Promise<string[]> {
  const rows = rowsOf(await db.execute(sql`select schemaname || '.' || tablename as name from pg_tables
    where schemaname not in ('pg_catalog', 'information_schema') order by 1`));
  return rows.map((r) => String(r.name));
}

/**
 * One statement that fingerprints every table: its row count and the md5 of all its rows
 * as text, in a stable order. Equal digests before and after mean nothing was written.
 */
export function digestQuery(tables: readonly string[]) {
  const parts = tables.map((name) => {
    const [schema, table] = name.split(".") as [string, string];
    return `select '${name.replaceAll("'", "''")}' as t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${quote(schema)}.${quote(table)} x`;
  });
  return sql.raw(parts.join("\nunion all\n"));
}

export async function digest(db: Db, tables: readonly string[]): Promise<Digest> {
  const rows = rowsOf(await db.execute(digestQuery(tables)));
  return new Map(rows.map((r) => [String(r.t), String(r.h)]));
}

/** The tables whose digest differs from `before`, but those in `ignore` (by default DIGEST_SKIPS). */
export function changedTables(before: Digest, after: Digest, ignore: Record<string, string> = DIGEST_SKIPS): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((t) => !(t in ignore) && before.get(t) !== after.get(t)).sort();
}
