import { OP_KINDS } from "./operations";
import type { FuzzReport } from "./runner";

export const replayCommand = (r: Pick<FuzzReport, "ops" | "workers" | "seed" | "batch">): string =>
  `npm run fuzz -- --ops ${r.ops} --workers ${r.workers} --seed ${r.seed} --batch ${r.batch}`;

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The run's figures, as the script prints them and docs/fuzz.md records them. */
export function formatReport(r: FuzzReport): string {
  const lines: string[] = [];
  const secs = r.durationMs / 1000;
  lines.push(`seed ${r.seed} · ${r.ops} operations · ${r.workers} workers · ${r.batches} batches of ${r.batch} · ${secs.toFixed(1)} s (${Math.round(r.ops / secs)} ops/s)`);
  lines.push(`acknowledged ${r.acknowledged} · refused ${r.refused} · skipped (nothing to act on) ${r.skipped} · errors ${r.errors}`);
  lines.push(`invariant checks: ${r.invariantChecks} SQL queries (${r.batches} batches) · ${r.accountingChecks} operations' audit events and emails compared`);
  lines.push(`deadlocks detected by PostgreSQL (retried by the executor): ${r.deadlocks}`);
  lines.push(
    `renewals that renewed from a later date than asked (CL-3 double renewal): ${r.staleRenewals}` +
      (r.renewalDateCarried ? " (checked: each is a finding)" : " (not failed on: renewContract's input does not carry the date yet)"),
  );
  lines.push("");
  lines.push(`${"operation".padEnd(22)} ${pad("total", 6)} ${pad("ack", 6)} ${pad("refused", 8)} ${pad("skipped", 8)} ${pad("errors", 7)}  refused most by`);
  for (const k of OP_KINDS) {
    const f = r.byKind[k];
    const top = Object.entries(f.refusals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([key, n]) => `${key} ${n}`)
      .join(", ");
    lines.push(`${k.padEnd(22)} ${pad(f.total, 6)} ${pad(f.acknowledged, 6)} ${pad(f.refused, 8)} ${pad(f.skipped, 8)} ${pad(f.errors, 7)}  ${top}`);
  }
  lines.push("");
  lines.push("refusals by rule:");
  const refusals = Object.entries(r.refusals).sort((a, b) => b[1] - a[1]);
  for (const [key, n] of refusals) lines.push(`  ${pad(n, 6)}  ${key}`);
  lines.push("");
  const known = Object.entries(r.known);
  if (known.length > 0) {
    lines.push("known bugs seen (reported, replayed in test/fuzz/found.test.ts, not failed on):");
    for (const [what, n] of known) lines.push(`  ${what} — up to ${n} row(s) at once`);
    lines.push("");
  }
  if (r.findingCount === 0) {
    lines.push(`every invariant held after every batch${known.length > 0 ? " (but for the known bugs above)" : ""}; no 5xx.`);
  } else {
    lines.push(`${r.findingCount} finding(s)${r.findingCount > r.findings.length ? ` (first ${r.findings.length} shown)` : ""}:`);
    for (const f of r.findings) lines.push(`  [batch ${f.batch + 1}] ${f.check}: ${f.detail}`);
    lines.push("");
    lines.push(`replay: ${replayCommand(r)}`);
  }
  return lines.join("\n");
}
