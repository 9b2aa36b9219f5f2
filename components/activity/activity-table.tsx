import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { actionLabel } from "@/lib/audit/action-labels";
import { AuditChanges } from "./audit-changes";

/** "2026-05-04 13:07:22 UTC": the log is in UTC, like its date filters. */
function when(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** The log: who did what to whom and when, before → after, and the rule-driven side effects (AU-1, AU-2). */
export function ActivityTable({ rows, emptyText }: { rows: AuditEventRow[]; emptyText: string }) {
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{emptyText}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Activity, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">When</th>
            <th scope="col" className="px-4 py-2">Who</th>
            <th scope="col" className="px-4 py-2">What</th>
            <th scope="col" className="px-4 py-2">Target</th>
            <th scope="col" className="px-4 py-2">Change</th>
            <th scope="col" className="px-4 py-2">Side effects</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-600">
                <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
              </td>
              <td className="px-4 py-2">
                <div className="font-medium">{e.actorLabel}</div>
                {e.actorEmail && e.actorEmail !== e.actorLabel ? <div className="text-xs text-slate-500">{e.actorEmail}</div> : null}
              </td>
              <td className="min-w-40 px-4 py-2" title={e.action}>
                {actionLabel(e.action)}
              </td>
              <td className="max-w-56 break-words px-4 py-2">
                <div>{e.targetLabel || e.targetId || "—"}</div>
                <div className="text-xs text-slate-500">{e.targetType.replace(/_/g, " ")}</div>
              </td>
              <td className="min-w-64 max-w-md px-4 py-2">
                <AuditChanges before={e.before} after={e.after} />
              </td>
              <td className="max-w-72 px-4 py-2 text-xs">
                {e.sideEffects.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ul className="flex flex-col gap-0.5">
                    {e.sideEffects.map((s, i) => (
                      <li key={i}>
                        <span className="rounded bg-slate-100 px-1 font-mono text-xs">{s.rule}</span> {s.effect}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
