import type { Db } from "@/db/client";
import { csvStream, type CsvValue } from "@/lib/csv/write-csv";
import { actionLabel } from "./action-labels";
import type { AuditFilters } from "./audit-filters";
import { listAuditEvents, type AuditEventRow, type AuditScope } from "./list-audit-events";

export const AUDIT_CSV_HEADER = ["Time (UTC)", "Actor", "Actor email", "Action", "Action key", "Target type", "Target", "Target id", "Before", "After", "Side effects"] as const;

const PAGE = 500;

const json = (v: Record<string, unknown> | null): string => (v ? JSON.stringify(v) : "");

export function auditCsvRow(e: AuditEventRow): CsvValue[] {
  return [
    e.at,
    e.actorLabel,
    e.actorEmail,
    actionLabel(e.action),
    e.action,
    e.targetType,
    e.targetLabel,
    e.targetId,
    json(e.before),
    json(e.after),
    e.sideEffects.map((s) => `${s.rule}: ${s.effect}`).join("; "),
  ];
}

/** Every event of the filtered log, newest first, read a keyset page at a time as the stream is consumed. */
async function* auditRows(db: Db, scope: AuditScope, filters: AuditFilters): AsyncGenerator<CsvValue[]> {
  let after: string | null = null;
  do {
    const page: { rows: AuditEventRow[]; next: string | null } = await listAuditEvents(db, scope, filters, { after, limit: PAGE });
    for (const row of page.rows) yield auditCsvRow(row);
    after = page.next;
  } while (after);
}

/**
 * The filtered log as a CSV stream (AU-2). The caller has checked that the actor may read
 * this scope's log. Cells that a spreadsheet would run as formulas are neutralised.
 */
export function auditCsvStream(db: Db, scope: AuditScope, filters: AuditFilters): ReadableStream<Uint8Array> {
  return csvStream(AUDIT_CSV_HEADER, auditRows(db, scope, filters));
}
