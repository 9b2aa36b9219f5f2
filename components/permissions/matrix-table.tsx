"use client";

import { DataTable, type Column } from "@/components/ui/data-table";

/**
 * One area of the permission matrix. A client component on purpose: the page sends the
 * cells as compact data (kind, rule, reason number) and this renders them, so the React
 * payload holds the data once instead of every cell's markup a second time (≤ 150 KB a view).
 */
export type MatrixCellKind = "y" | "n" | "h";
export type CompactCell = readonly [kind: MatrixCellKind, rule: string, reason: number];
export type CompactRow = { key: string; action: string; label: string; situation: string; rules: string; cells: readonly CompactCell[] };
export type MatrixTableProps = { caption: string; columns: readonly { key: string; label: string; description: string }[]; rows: readonly CompactRow[] };

// Short class names (app/globals.css `.pm*`): hundreds of cells per view.
const WORD: Record<MatrixCellKind, string> = { y: "Allowed", n: "Denied", h: "Not found" };

export function MatrixTable({ caption, columns, rows }: MatrixTableProps) {
  const table: Column<CompactRow>[] = [
    {
      key: "action",
      header: "Action",
      rowHeader: true,
      className: "align-top font-normal normal-case",
      cell: (r) => (
        <>
          <span className="font-medium">{r.label}</span>
          {r.situation ? <span className="block text-xs text-slate-600">{r.situation}</span> : null}
          <span className="block whitespace-nowrap font-mono text-[11px] text-slate-600">{r.rules}</span>
        </>
      ),
    },
    ...columns.map(
      (c, i): Column<CompactRow> => ({
        key: c.key,
        header: c.label,
        headerTitle: c.description,
        cellProps: (r) => ({ className: `pm pm-${r.cells[i]![0]}`, describedBy: `why-${r.cells[i]![2]}` }),
        cell: (r) => {
          const [kind, rule, reason] = r.cells[i]!;
          return (
            <>
              <span className="sr-only">{`${WORD[kind]}: `}</span>
              {rule}
              <sup aria-hidden="true">{reason}</sup>
            </>
          );
        },
      }),
    ),
  ];
  return <DataTable caption={caption} testId="permission-matrix" columns={table} rows={rows} rowKey={(r) => r.key} rowData={(r) => ({ "data-action": r.action })} empty="No actions in this area." dense />;
}
