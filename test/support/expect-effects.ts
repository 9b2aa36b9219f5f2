import { isDeepStrictEqual } from "node:util";
import { notInArray } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, outboxEmails } from "@/db/schema";
import type { EmailKind } from "@/lib/outbox/enqueue-email";

/**
 * The effects of a change (issue 14): the audit events (AU-1) and the outbox emails (EM-1)
 * it wrote, compared with EXACTLY the expected ones, so a change that forgets its event or
 * its email, writes a second one, or records it on the wrong account, contract or hub fails.
 *
 *   await expectEffects(w.db, () => execute(w.db, actor, setMemberActivation, input), {
 *     audit: [{ action: "hub.member_deactivated", accountId, hubId, targetType: "hub_member", targetId, after: { active: false } }],
 *     emails: [],
 *   });
 *
 * Scope ids (accountId, contractId, hubId: the columns audit_events has; a project's events
 * carry its hub) and the target are compared exactly: one left out must be null. `before`,
 * `after` and `sideEffects` are compared only where given, key by key (`after: { active: false }`
 * passes whatever else `after` holds). The sweep (test/sweep/effects.ts) uses the same comparison.
 */

/** Stands for an id the test cannot know before the change (a created row's). */
export const ANY_ID = "<any id>";

export type ExpectedAudit = {
  action: string;
  accountId?: string | null;
  contractId?: string | null;
  hubId?: string | null;
  targetType?: string;
  targetId?: string | null;
  /** How the log names the target; compared where given. */
  targetLabel?: string;
  actorId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Compared as a set of the given rules (each must be among the event's side effects). */
  sideEffectRules?: string[];
};
export type ExpectedEmail = { template: EmailKind; to: string; subject?: RegExp };
export type ExpectedEffects = { audit: ExpectedAudit[]; emails?: ExpectedEmail[] };

export type WrittenAudit = {
  action: string;
  accountId: string | null;
  contractId: string | null;
  hubId: string | null;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  sideEffects: { rule: string; effect: string }[];
};
export type WrittenEmail = { template: string; to: string; subject: string };
export type Written = { audit: WrittenAudit[]; emails: WrittenEmail[] };

/** The rows that exist now, to tell the rows a change adds from those it found. */
export type Mark = { audit: string[]; emails: string[] };

export async function markEffects(db: Db): Promise<Mark> {
  const [a, e] = await Promise.all([db.select({ id: auditEvents.id }).from(auditEvents), db.select({ id: outboxEmails.id }).from(outboxEmails)]);
  return { audit: a.map((r) => r.id), emails: e.map((r) => r.id) };
}

/** The audit events and emails written since `mark`, in the order they were written. */
export async function writtenSince(db: Db, mark: Mark): Promise<Written> {
  const notIn = (col: typeof auditEvents.id | typeof outboxEmails.id, ids: string[]) => (ids.length ? notInArray(col, ids) : undefined);
  const audit = await db
    .select({
      action: auditEvents.action,
      accountId: auditEvents.accountId,
      contractId: auditEvents.contractId,
      hubId: auditEvents.hubId,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      targetLabel: auditEvents.targetLabel,
      actorId: auditEvents.actorId,
      before: auditEvents.before,
      after: auditEvents.after,
      sideEffects: auditEvents.sideEffects,
    })
    .from(auditEvents)
    .where(notIn(auditEvents.id, mark.audit))
    .orderBy(auditEvents.at, auditEvents.action);
  const emails = await db
    .select({ template: outboxEmails.kind, to: outboxEmails.to, subject: outboxEmails.subject })
    .from(outboxEmails)
    .where(notIn(outboxEmails.id, mark.emails))
    .orderBy(outboxEmails.createdAt, outboxEmails.to);
  return { audit, emails };
}

const SCOPES = ["accountId", "contractId", "hubId"] as const;

/** Ids printed by name where the caller knows them (e.g. { [hubId]: "the hub" }). */
export type Names = Record<string, string>;

/** Why a written event is not the expected one ([] when it is). */
function auditMismatch(want: ExpectedAudit, got: WrittenAudit, names: Names = {}): string[] {
  const out: string[] = [];
  const n = (v: string | null | undefined) => (v == null ? "null" : (names[v] ?? v));
  const same = (w: string | null | undefined, g: string | null) => (w === ANY_ID ? g !== null : (w ?? null) === g);
  if (want.action !== got.action) out.push(`action ${got.action}`);
  for (const s of SCOPES) if (!same(want[s], got[s])) out.push(`${s} ${n(got[s])} (expected ${n(want[s])})`);
  if (want.targetType !== undefined && want.targetType !== got.targetType) out.push(`targetType ${got.targetType} (expected ${want.targetType})`);
  if (!same(want.targetId, got.targetId)) out.push(`targetId ${n(got.targetId)} (expected ${n(want.targetId)})`);
  if (want.targetLabel !== undefined && want.targetLabel !== got.targetLabel) out.push(`targetLabel "${got.targetLabel}" (expected "${want.targetLabel}")`);
  if (want.actorId !== undefined && !same(want.actorId, got.actorId)) out.push(`actorId ${n(got.actorId)} (expected ${n(want.actorId)})`);
  for (const side of ["before", "after"] as const) {
    const w = want[side];
    if (w === undefined) continue;
    const g = got[side];
    if (w === null || g === null) {
      if (w !== g) out.push(`${side} ${JSON.stringify(g)} (expected ${JSON.stringify(w)})`);
      continue;
    }
    for (const [k, v] of Object.entries(w)) if (!isDeepStrictEqual(g[k], v)) out.push(`${side}.${k} ${JSON.stringify(g[k])} (expected ${JSON.stringify(v)})`);
  }
  const rules = new Set(got.sideEffects.flatMap((e) => e.rule.split(/,\s*/)));
  for (const r of want.sideEffectRules ?? []) if (!rules.has(r)) out.push(`no side effect naming ${r}`);
  return out;
}

function emailMismatch(want: ExpectedEmail, got: WrittenEmail): string[] {
  const out: string[] = [];
  if (want.template !== got.template) out.push(`template ${got.template}`);
  if (want.to.toLowerCase() !== got.to) out.push(`to ${got.to}`);
  if (want.subject && !want.subject.test(got.subject)) out.push(`subject "${got.subject}" (expected ${want.subject})`);
  return out;
}

/** Pairs expected with written one to one (first fit); what is left on either side is a difference. */
function pair<W, G>(want: W[], got: G[], mismatch: (w: W, g: G) => string[], show: (x: W | G) => string, sameKind: (w: W, g: G) => boolean): string[] {
  const free = new Set(got.map((_, i) => i));
  const missing: W[] = [];
  for (const w of want) {
    const i = [...free].find((j) => mismatch(w, got[j]!).length === 0);
    if (i === undefined) missing.push(w);
    else free.delete(i);
  }
  const extra = [...free].map((i) => got[i]!);
  const lines: string[] = [];
  for (const w of missing) {
    lines.push(`  - missing:    ${show(w)}`);
    // The nearest written one of the same kind, and how it differs: an event on the wrong hub reads as such.
    const near = extra.find((g) => sameKind(w, g));
    if (near) lines.push(`      written instead: ${show(near)}\n      differs by: ${mismatch(w, near).join("; ")}`);
  }
  for (const g of extra) lines.push(`  + unexpected: ${show(g)}`);
  return lines;
}

function showAudit(names: Names) {
  const id = (v: string | null | undefined) => (v == null ? "null" : (names[v] ?? v));
  return (a: ExpectedAudit | WrittenAudit) => {
    const scopes = SCOPES.filter((s) => a[s] != null).map((s) => `${s.replace("Id", "")}=${id(a[s])}`);
    const change = (["before", "after"] as const).filter((s) => a[s] != null).map((s) => `${s}=${JSON.stringify(a[s])}`);
    return [a.action, ...scopes, `target=${a.targetType ?? "?"}:${id(a.targetId)}`, ...change].join(" ");
  };
}
const showEmail = (e: ExpectedEmail | WrittenEmail) => `${e.template} → ${e.to}${e.subject ? ` "${e.subject instanceof RegExp ? e.subject.source : e.subject}"` : ""}`;

/**
 * The differences between what a change wrote and what it should have, as readable lines
 * ([] when they are exactly the same). Emails are compared only when `emails` is given.
 */
export function effectsDiff(written: Written, want: ExpectedEffects, names: Names = {}): string[] {
  const audit = pair(want.audit, written.audit, (w, g) => auditMismatch(w, g, names), showAudit(names), (w, g) => w.action === g.action);
  const emails = want.emails ? pair(want.emails, written.emails, emailMismatch, showEmail, (w, g) => w.template === g.template || w.to.toLowerCase() === g.to) : [];
  const out: string[] = [];
  if (audit.length) out.push("audit events (AU-1):", ...audit, `  written: ${written.audit.map(showAudit(names)).join("\n           ") || "none"}`);
  if (emails.length) out.push("emails (EM-1):", ...emails, `  written: ${written.emails.map(showEmail).join(", ") || "none"}`);
  return out;
}

/** Ids every diff of this test file prints by name (each test file has its own module instance). */
const fileNames: Names = {};
export function nameIds(names: Names): void {
  Object.assign(fileNames, names);
}

/**
 * Runs `change` and asserts the audit events and emails it added are exactly `want` (a
 * function of the change's answer when ids are only known after it, e.g. a created hub's).
 * Returns the change's answer.
 */
export async function expectEffects<T>(db: Db, change: () => Promise<T>, want: ExpectedEffects | ((result: T) => ExpectedEffects), names: Names = {}): Promise<T> {
  const mark = await markEffects(db);
  const result = await change();
  const expected = typeof want === "function" ? want(result) : want;
  const diff = effectsDiff(await writtenSince(db, mark), { emails: [], ...expected }, { ...fileNames, ...names });
  expect(diff.join("\n"), `the change's effects differ (answer: ${JSON.stringify(result)})`).toBe("");
  return result;
}

/** Runs `change` (a refusal, a no-op) and asserts it wrote no audit event and no email. */
export async function expectNoEffects<T>(db: Db, change: () => Promise<T>, names: Names = {}): Promise<T> {
  return expectEffects(db, change, { audit: [], emails: [] }, names);
}
