import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { cursorTimestamp, cursorUuid, decodeCursorWith } from "@/lib/input/schemas";
import { auditEvents, contracts, people } from "@/db/schema";
import type { AuditSideEffect } from "./write-audit";
import type { AuditFilters } from "./audit-filters";

/**
 * Whose log (AU-2): an account's admins, a contract's manager, a hub's administrators.
 * An account's log holds what its admins administer: the account and its contracts as the
 * viewer may see them (UM-7: every contract for the primary admin; for anyone else the
 * named contracts and the classic ones they manage or coordinate), and the creation of its
 * hubs (HB-1), but not what happens inside a hub (that is the hub's log).
 */
export type AuditScope = { accountId: string; contracts: AccountLogContracts } | { contractId: string } | { hubId: string };

/** Which contracts' events an account log shows: all of them, or the named ones and these classic ones. */
export type AccountLogContracts = "all" | { classic: readonly string[] };

export type AuditPageRequest = { after?: string | null; limit?: number };

export type AuditEventRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  /** The actor's current email, when they still exist. */
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  sideEffects: AuditSideEffect[];
};

const MAX_LIMIT = 500;

export function scopeCondition(scope: AuditScope): SQL {
  if ("accountId" in scope) return and(eq(auditEvents.accountId, scope.accountId), accountLogCondition(scope.accountId, scope.contracts))!;
  if ("contractId" in scope) return eq(auditEvents.contractId, scope.contractId);
  return eq(auditEvents.hubId, scope.hubId);
}

function accountLogCondition(accountId: string, visible: AccountLogContracts): SQL {
  const notInsideAHub = or(sql`${auditEvents.hubId} is null`, eq(auditEvents.action, "hub.created"))!;
  if (visible === "all") return notInsideAHub;
  const named = sql`select ${contracts.id} from ${contracts} where ${contracts.accountId} = ${accountId} and ${contracts.management} = 'named'`;
  const classic = visible.classic.length ? sql` or ${auditEvents.contractId} in (${sql.join(visible.classic.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return and(notInsideAHub, sql`(${auditEvents.contractId} is null or ${auditEvents.contractId} in (${named})${classic})`)!;
}

const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(filters: AuditFilters): SQL[] {
  const out: SQL[] = [];
  if (filters.actor) out.push(or(ilike(auditEvents.actorLabel, contains(filters.actor)), ilike(people.email, contains(filters.actor)))!);
  if (filters.action) out.push(eq(auditEvents.action, filters.action));
  if (filters.target) out.push(or(ilike(auditEvents.targetLabel, contains(filters.target)), eq(auditEvents.targetId, filters.target))!);
  // Days are UTC days, whatever the database session's time zone.
  if (filters.from) out.push(sql`${auditEvents.at} >= (${filters.from}::date)::timestamp at time zone 'UTC'`);
  if (filters.to) out.push(sql`${auditEvents.at} < (${filters.to}::date + 1)::timestamp at time zone 'UTC'`);
  return out;
}

// The cursor keeps the timestamp as PostgreSQL text with microseconds: a JS Date would drop
// them, and events of one transaction share their time, so rows could be skipped or repeated.
const atText = sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString("base64url");
}

const auditCursor = z.tuple([cursorTimestamp, cursorUuid]);

/** The [time, id] to continue after; null for anything this module did not make (an impossible date included). */
function decodeCursor(cursor: string | null | undefined): [string, string] | null {
  return cursor ? decodeCursorWith(cursor, auditCursor) : null;
}

/** For doors: whether a cursor from a URL can be read (else the page says so instead of starting over). */
export function isAuditCursor(cursor: string): boolean {
  return decodeCursor(cursor) !== null;
}

/**
 * One keyset page of a log, newest first (at desc, id desc), filtered. The caller has been
 * allowed to see this scope's log (AU-2); the scope is the query's first condition, so
 * nothing outside it can appear. Reusable for account, contract and hub logs.
 */
export async function listAuditEvents(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  page: AuditPageRequest = {},
): Promise<{ rows: AuditEventRow[]; next: string | null }> {
  const limit = Math.min(Math.max(page.limit ?? 50, 1), MAX_LIMIT);
  const conditions = [scopeCondition(scope), ...filterConditions(filters)];
  const cursor = decodeCursor(page.after);
  if (cursor) conditions.push(sql`(${auditEvents.at}, ${auditEvents.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`);
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      atText,
      actorId: auditEvents.actorId,
      actorLabel: auditEvents.actorLabel,
      actorEmail: people.email,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      targetLabel: auditEvents.targetLabel,
      before: auditEvents.before,
      after: auditEvents.after,
      sideEffects: auditEvents.sideEffects,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorId))
    .where(and(...conditions))
    // "nulls last" matches the indexes (audit_*_at are DESC NULLS LAST): with plain DESC the
    // planner cannot walk them and sorts the whole log of the scope for every page.
    .orderBy(sql`${auditEvents.at} desc nulls last`, sql`${auditEvents.id} desc nulls last`)
    .limit(limit + 1);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    rows: shown.map(({ atText: _atText, ...r }) => r),
    next: rows.length > limit && last ? encodeCursor(last.atText, last.id) : null,
  };
}

/** The distinct actions in a log, for the action filter. */
export async function listAuditActions(db: Db, scope: AuditScope): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditEvents.action }).from(auditEvents).where(scopeCondition(scope)).orderBy(auditEvents.action);
  return rows.map((r) => r.action);
}
