import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { TestDb } from "./test-db";
import { seedBystanders, type BystanderIds } from "./bystanders";

/** One row in bystander scope: its table, its key (primary key columns joined by "/") and its columns as JSON text. */
export type BystanderRow = { table: string; key: string; row: string };
export type BystanderSnapshot = Map<string, BystanderRow>;

/**
 * Every table that holds something of an account, contract, hub, project or invitation, with
 * its key and which of its rows are in bystander scope. The scope is the seeded ids plus what
 * now hangs off the bystander account, so a row moved in, added or removed all show.
 * named_users' sort and search columns are copies of `people` (shared by every account): left out.
 */
const TABLES: [table: string, key: string, inScope: string][] = [
  ["accounts", "t.id", "t.id in (select id from a)"],
  ["account_domains", "t.domain", "t.account_id in (select id from a)"],
  ["named_users", "t.person_id", "t.account_id in (select id from a)"],
  ["named_assignments", "t.person_id || '/' || t.product_id", "t.account_id in (select id from a)"],
  ["named_seat_counts", "t.product_id", "t.account_id in (select id from a)"],
  ["account_admins", "t.person_id", "t.account_id in (select id from a)"],
  ["sso_admins", "t.person_id", "t.account_id in (select id from a)"],
  ["contracts", "t.id", "t.id in (select id from c)"],
  ["contract_products", "t.contract_id || '/' || t.product_id", "t.contract_id in (select id from c)"],
  ["classic_users", "t.contract_id || '/' || t.person_id", "t.contract_id in (select id from c)"],
  ["classic_assignments", "t.contract_id || '/' || t.person_id || '/' || t.product_id", "t.contract_id in (select id from c)"],
  ["contract_invoices", "t.id", "t.contract_id in (select id from c)"],
  ["release_notices", "t.id", "t.contract_id in (select id from c)"],
  ["hubs", "t.id", "t.id in (select id from h)"],
  ["hub_join_domains", "t.hub_id || '/' || t.domain", "t.hub_id in (select id from h)"],
  ["hub_members", "t.hub_id || '/' || t.person_id", "t.hub_id in (select id from h)"],
  ["hub_departures", "t.hub_id || '/' || t.person_id", "t.hub_id in (select id from h)"],
  ["groups", "t.id", "t.id in (select id from g)"],
  ["group_members", "t.group_id || '/' || t.person_id", "t.group_id in (select id from g)"],
  ["projects", "t.id", "t.id in (select id from p)"],
  ["project_members", "t.project_id || '/' || t.person_id", "t.project_id in (select id from p)"],
  ["project_groups", "t.project_id || '/' || t.group_id", "t.project_id in (select id from p) or t.group_id in (select id from g)"],
  ["join_requests", "t.id", "t.project_id in (select id from p)"],
  ["project_items", "t.id", "t.id in (select id from it)"],
  ["share_links", "t.id", "t.item_id in (select id from it)"],
  ["invitations", "t.id", "t.id in (select id from i)"],
  ["replaced_invitation_tokens", "t.token_hash", "t.invitation_id in (select id from i)"],
  ["audit_events", "t.id", "t.account_id in (select id from a) or t.hub_id in (select id from h) or t.contract_id in (select id from c) or t.target_id in (select id::text from every_id)"],
  // Emails have no ids: one about the bystander scope names it (account, hub, project, contract, invitation link).
  ["outbox_emails", "t.id", "exists (select 1 from m where strpos(t.subject || ' ' || t.text, m.m) > 0)"],
];
const DERIVED = ["sort_last", "sort_first", "sort_email", "search_text"];

const uuids = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

/** A deterministic fingerprint of every row in bystander scope, in one statement. */
export async function snapshotBystanders(db: Db, ids: BystanderIds): Promise<BystanderSnapshot> {
  const selects = TABLES.map(([table, key, inScope]) => {
    const row = table === "named_users" ? `to_jsonb(t) - ${DERIVED.map((c) => `'${c}'`).join(" - ")}` : "to_jsonb(t)";
    return `select '${table}' as tbl, (${key})::text as key, (${row})::text as row from ${table} t where ${inScope}`;
  });
  // postgres.js answers an array of rows (the test databases are PostgreSQL, test-db.ts).
  const rows = (await db.execute(sql`
    with a as (select unnest(${uuids([ids.accountId])}) as id),
      c as (select unnest(${uuids([ids.namedContractId, ids.classicContractId])}) as id union select id from contracts where account_id in (select id from a)),
      h as (select unnest(${uuids([ids.hubId])}) as id union select id from hubs where account_id in (select id from a)),
      p as (select unnest(${uuids(Object.values(ids.projectIds))}) as id union select id from projects where hub_id in (select id from h)),
      g as (select unnest(${uuids(ids.groupIds)}) as id union select id from groups where hub_id in (select id from h)),
      i as (select unnest(${uuids(ids.invitationIds)}) as id union select id from invitations where hub_id in (select id from h) or project_id in (select id from p)),
      it as (select unnest(${uuids(ids.itemIds)}) as id union select id from project_items where project_id in (select id from p)),
      every_id as (select id from a union select id from c union select id from h union select id from p union select id from g union select id from i union select id from it),
      m as (select jsonb_array_elements_text(${JSON.stringify(ids.markers)}::jsonb) as m)
    ${sql.raw(selects.join("\nunion all "))}
    order by 1, 2`)) as unknown as { tbl: string; key: string; row: string }[];
  return new Map(rows.map((r) => [`${r.tbl} ${r.key}`, { table: r.tbl, key: r.key, row: r.row }]));
}

/** What changed between two snapshots, per table, in words; empty when nothing did. */
export function diffBystanders(before: BystanderSnapshot, after: BystanderSnapshot, labels: Record<string, string> = {}): string[] {
  const lines: string[] = [];
  for (const [k, b] of before) {
    const a = after.get(k);
    if (!a) lines.push(`${b.table}: removed ${b.key}  ${b.row}`);
    else if (a.row !== b.row) lines.push(`${b.table}: changed ${b.key}  ${columnChanges(b.row, a.row)}`);
  }
  for (const [k, a] of after) if (!before.has(k)) lines.push(`${a.table}: added ${a.key}  ${a.row}`);
  return lines.sort().map((line) => line.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => (labels[id] ? `${id.slice(0, 8)}(${labels[id]})` : id)));
}

function columnChanges(beforeRow: string, afterRow: string): string {
  const b = JSON.parse(beforeRow) as Record<string, unknown>;
  const a = JSON.parse(afterRow) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((col) => JSON.stringify(b[col]) !== JSON.stringify(a[col]))
    .map((col) => `${col}: ${JSON.stringify(b[col])} → ${JSON.stringify(a[col])}`)
    .join(", ");
}

/** Throws with the tables and rows that changed when the bystander scope differs from `before`. */
export async function expectBystandersUnchanged(db: Db, ids: BystanderIds, before: BystanderSnapshot, what = "the bystander scope"): Promise<void> {
  failOnChange(diffBystanders(before, await snapshotBystanders(db, ids), ids.labels), what);
}

function failOnChange(lines: string[], what: string): void {
  if (lines.length === 0) return;
  const shown = lines.slice(0, 40);
  throw new Error(
    [
      `${what} changed: a write reached past its account, hub, contract or project (issue 14).`,
      ...shown.map((l) => `  ${l}`),
      ...(lines.length > shown.length ? [`  … and ${lines.length - shown.length} more`] : []),
      "A test that must touch every scope (a global job) calls bystandersMayChange(reason) first (test/support/bystander-snapshot.ts).",
    ].join("\n"),
  );
}

// --- the watch: every demo world of the test file, checked after each test ------------------

type Watched = { db: Db; ids: BystanderIds; snapshot: BystanderSnapshot };
const watched = new Set<Watched>();
let mayChangeReason: string | null = null;

/**
 * Seeds the bystanders into a fresh demo world and watches them until the world is dropped
 * (its `drop` is wrapped). One call in createDemoWorldDb; the setup file checks after each test.
 */
export async function watchBystanders(t: TestDb): Promise<BystanderIds> {
  const ids = await seedBystanders(t.db);
  const entry: Watched = { db: t.db, ids, snapshot: await snapshotBystanders(t.db, ids) };
  watched.add(entry);
  const drop = t.drop;
  t.drop = () => {
    watched.delete(entry);
    return drop();
  };
  return ids;
}

/** The bystander ids seeded into a demo world's database (facts tests read the two scopes). */
export function bystandersOf(db: Db): BystanderIds {
  const entry = [...watched].find((w) => w.db === db);
  if (!entry) throw new Error("no bystanders were seeded into this database (createDemoWorldDb seeds them)");
  return entry.ids;
}

/**
 * The opt-out, for the current test only: a test whose subject is a job over every scope (e.g.
 * expiring every overdue invitation) states why; the check then takes the new state as its baseline.
 */
export function bystandersMayChange(reason: string): void {
  if (reason.trim().length < 10) throw new Error("bystandersMayChange needs a reason: which global job, and why it must touch every scope");
  mayChangeReason = reason;
}

/** After each test: every watched world's bystander scope is as it was (or, opted out, re-baselined). */
export async function checkWatchedBystanders(): Promise<void> {
  const optedOut = mayChangeReason !== null;
  mayChangeReason = null;
  const changes: string[] = [];
  for (const w of watched) {
    const before = w.snapshot;
    // The next test compares with the state this one left: only the test that made a change fails.
    w.snapshot = await snapshotBystanders(w.db, w.ids);
    if (!optedOut) changes.push(...diffBystanders(before, w.snapshot, w.ids.labels));
  }
  failOnChange(changes, "the bystander scope");
}
