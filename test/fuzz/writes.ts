import type { ActionResult } from "@/lib/actions/result";
import type { Effects } from "./adapter";
import type { Call, Op } from "./operations";
import type { TracedRow } from "./trace";

export type Finding = { batch: number; check: string; detail: string };

/** What one operation did. */
export type Run = {
  op: Op;
  call: Call | null;
  actorId: string | null;
  txids: string[];
  result: ActionResult<unknown> | null;
  effects: Effects | null;
  thrown: string | null;
};

/** The executor's answer when a deadlock or serialization failure outlived its retries (lib/actions/db-errors.ts). */
const RETRIES_EXHAUSTED = "Someone changed this at the same moment";

export const refusalKey = (r: Exclude<ActionResult<unknown>, { ok: true }>): string =>
  "rule" in r && r.rule ? `${r.code} ${r.rule}` : r.code === "conflict" && r.message.startsWith(RETRIES_EXHAUSTED) ? "conflict (deadlock, retries exhausted)" : r.code;

export const describe = (run: Run): string =>
  `worker ${run.op.worker} op ${run.op.index} ${run.op.kind} by ${run.actorId ?? "?"} ${JSON.stringify(run.call)}${run.result && !run.result.ok ? ` → ${refusalKey(run.result)}: ${run.result.message}` : ""}`;

function count<T extends string>(items: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

const sameCounts = <T extends string>(a: readonly T[], b: readonly T[]): boolean => {
  const ca = count(a);
  const cb = count(b);
  return ca.size === cb.size && [...ca].every(([k, v]) => cb.get(k) === v);
};

/**
 * AU-1 and EM-1 per operation: an acknowledged one wrote exactly the audit events and outbox
 * emails its door says; a refused one wrote nothing; and nothing was written by a transaction
 * that was no operation's.
 */
/**
 * `compared`: operations checked. `staleRenewals`: acknowledged renewals that renewed from a
 * later date than the one they were asked from (a double click renewed twice); a finding only
 * once the renewal carries its date (`renewalCarriesDate`), counted either way.
 */
export function checkWrites(
  runs: readonly Run[],
  rows: readonly TracedRow[],
  batch: number,
  find: (f: Finding) => void,
  opts: { renewalCarriesDate?: boolean } = {},
): { compared: number; staleRenewals: number } {
  const byTxid = new Map<string, Run>();
  for (const run of runs) for (const t of run.txids) byTxid.set(t, run);
  const written = new Map<Run, TracedRow[]>();
  for (const row of rows) {
    const run = byTxid.get(row.txid);
    if (!run) {
      find({ batch, check: row.table === "audit" ? "AU-1" : "EM-1", detail: `${row.table} row "${row.what}" (target ${row.target}) was written by a transaction of no operation (txid ${row.txid})` });
      continue;
    }
    written.set(run, [...(written.get(run) ?? []), row]);
  }
  let compared = 0;
  let staleRenewals = 0;
  for (const run of runs) {
    if (!run.call) continue;
    compared++;
    const mine = written.get(run) ?? [];
    const audits = mine.filter((r) => r.table === "audit");
    const emails = mine.filter((r) => r.table === "outbox").map((r) => r.what);
    if (run.result?.ok && run.effects) {
      if (audits.length !== run.effects.audits) {
        find({ batch, check: "AU-1", detail: `${audits.length} audit event(s) [${audits.map((a) => a.what).join(", ")}] where ${run.effects.audits} expected: ${describe(run)}` });
      }
      if (!sameCounts(emails, run.effects.emails)) {
        find({ batch, check: "EM-1", detail: `outbox [${emails.join(", ")}] where [${run.effects.emails.join(", ")}] expected: ${describe(run)}` });
      }
      // CL-3 Decision: a renewal asked from a date renews from that date, or not at all ("already renewed").
      const call = run.call;
      if (call.kind === "renew") {
        for (const a of audits) {
          if (a.what !== "contract.renewed" || a.renewedFrom === call.seenRenewalDate) continue;
          staleRenewals++;
          if (opts.renewalCarriesDate) find({ batch, check: "CL-3", detail: `asked to renew from ${call.seenRenewalDate}, renewed from ${a.renewedFrom}: ${describe(run)}` });
        }
      }
    } else if (mine.length > 0) {
      find({ batch, check: mine.some((r) => r.table === "audit") ? "AU-1" : "EM-1", detail: `a refused operation wrote [${mine.map((r) => `${r.table}:${r.what}`).join(", ")}]: ${describe(run)}` });
    }
  }
  return { compared, staleRenewals };
}

