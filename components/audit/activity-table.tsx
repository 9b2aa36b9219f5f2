import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { actionLabel } from "@/lib/audit/action-labels";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";
import { AuditChanges } from "./audit-changes";

/** "2026-05-04 13:07:22 UTC": the log is in UTC, like its date filters. */
function when(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

const COLUMNS: readonly Column<AuditEventRow>[] = [
  {
    key: "when",
    header: "When",
    className: "whitespace-nowrap tabular-nums text-slate-600",
    cell: (e) => <time dateTime={e.at.toISOString()}>{when(e.at)}</time>,
  },
  {
    key: "who",
    header: "Who",
    cell: (e) => (
      <>
        <div className="font-medium">{e.actorLabel}</div>
        {e.actorEmail && e.actorEmail !== e.actorLabel ? <div className="text-xs text-slate-600">{e.actorEmail}</div> : null}
      </>
    ),
  },
  { key: "what", header: "What", className: "min-w-40", cell: (e) => <span title={e.action}>{actionLabel(e.action)}</span> },
  {
    key: "target",
    header: "Target",
    className: "max-w-56 break-words",
    cell: (e) => (
      <>
        <div>{e.targetLabel || e.targetId || "—"}</div>
        <div className="text-xs text-slate-600">{e.targetType.replace(/_/g, " ")}</div>
      </>
    ),
  },
  { key: "change", header: "Change", className: "min-w-64 max-w-md", cell: (e) => <AuditChanges before={e.before} after={e.after} /> },
  {
    key: "effects",
    header: "Side effects",
    className: "max-w-72 text-xs",
    cell: (e) =>
      e.sideEffects.length === 0 ? (
        <span className="text-slate-500">—</span>
      ) : (
        <ul className="flex flex-col gap-0.5">
          {e.sideEffects.map((s, i) => (
            <li key={i}>
              <span className="rounded bg-slate-100 px-1 font-mono text-xs">{s.rule}</span> {s.effect}
            </li>
          ))}
        </ul>
      ),
  },
];

/** The log: who did what to whom and when, before → after, and the rule-driven side effects (AU-1, AU-2). */
export function ActivityTable({ rows, emptyText, pager }: { rows: AuditEventRow[]; emptyText: string; pager: PagerLinks }) {
  return <DataTable caption="Activity, newest first" columns={COLUMNS} rows={rows} rowKey={(e) => e.id} empty={emptyText} pager={pager} alignTop />;
}
