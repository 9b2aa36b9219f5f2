import { z } from "zod";
import type { Db } from "@/db/client";
import { text } from "@/lib/input/schemas";
import { auditFilterParams, parseAuditFilters, type AuditFilters } from "./audit-filters";
import { isAuditCursor, listAuditActions, listAuditEvents, type AuditEventRow, type AuditScope } from "./list-audit-events";

type RawParams = Record<string, string | string[] | undefined>;

const param = text({ max: 1000, trim: false }).optional();
/**
 * What an activity page reads from its address (lib/pages/page-query.ts): the filters as text
 * (a NUL byte, a repeat or a runaway length is an invalid address), and the position. What a
 * filter means is checked by `parseAuditFilters`, whose messages the filter form shows beside
 * each field, so a start after the end is a field to correct, not a broken address.
 */
export const activityQuery = z.object({ actor: param, action: param, target: param, from: param, to: param, after: param });

export type ActivityPage =
  | { ok: false }
  | { ok: true; filters: AuditFilters; errors: Partial<Record<keyof AuditFilters, string>>; cursor: string | undefined; rows: AuditEventRow[]; next: string | null; actions: string[] };

/**
 * What an activity log page shows for a scope (an account, a contract, a hub), from the URL:
 * its filters, a keyset page of events and the actions to filter by. The caller has been
 * allowed to see the scope's log (AU-2). A position that cannot be read (an impossible date,
 * not one of ours) is `ok: false`, never queried.
 */
export async function loadActivityPage(db: Db, scope: AuditScope, params: RawParams): Promise<ActivityPage> {
  const { filters, errors } = parseAuditFilters(params);
  const cursor = (Array.isArray(params.after) ? params.after[0] : params.after) || undefined;
  if (cursor && !isAuditCursor(cursor)) return { ok: false };
  const [{ rows, next }, actions] = await Promise.all([listAuditEvents(db, scope, filters, { after: cursor, limit: 50 }), listAuditActions(db, scope)]);
  return { ok: true, filters, errors, cursor, rows, next, actions };
}

/** `path` with the filters (and any extra parameters) as its query. */
export function withAuditFilters(filters: AuditFilters, path: string, extra: Record<string, string> = {}): string {
  const p = auditFilterParams(filters);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}
