import Link from "next/link";
import type { ReactNode } from "react";
import { KeysetPager, type PagerLinks } from "./keyset-pager";

/**
 * The one table every list uses: a caption (its accessible name), column headers with
 * scope (sortable ones are links, so the URL holds the order), rows, an empty state, a
 * keyset pager, row actions and an optional selection column. It scrolls sideways inside
 * its own box, so a wide table never widens the page. No hooks: it renders on the server,
 * or inside a client component (cell renderers are functions).
 */
export type SortLink = { href: string; active: boolean; dir: "asc" | "desc" };

export type Column<Row> = {
  key: string;
  header: string;
  /** The header is read by screen readers only (e.g. "Actions"). */
  hideHeader?: boolean;
  align?: "left" | "right";
  /** A sortable column: the header links to this order. */
  sort?: SortLink;
  /** The cell names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
  /** Per-cell classes, hover text and description (e.g. the permission matrix's colours and the reason's footnote). */
  cellProps?: (row: Row) => { className?: string; title?: string; describedBy?: string };
  /** The header's hover text. */
  headerTitle?: string;
  cell: (row: Row) => ReactNode;
};

export type Selection<Row> = {
  isSelected: (row: Row) => boolean;
  toggle: (row: Row) => void;
  allSelected: boolean;
  toggleAll: () => void;
  /** e.g. "Select all users on this page" and "Select Ada Lovelace". */
  allLabel: string;
  rowLabel: (row: Row) => string;
};

type Props<Row> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  testId?: string;
  rowTestId?: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** data-* attributes of a row, for tests and scripts (e.g. the matrix's data-action). */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  /** Rendered in a last column headed "Actions" (for screen readers). */
  actions?: (row: Row) => ReactNode;
  actionsHeader?: string;
  selection?: Selection<Row>;
  pager?: PagerLinks;
  /** Cells align to the top (multi-line rows). */
  alignTop?: boolean;
  /** Smaller cell padding, for tables of many columns. */
  dense?: boolean;
};

function HeaderCell<Row>({ column, cellPad }: { column: Column<Row>; cellPad: string }) {
  const align = column.align === "right" ? "text-right" : "";
  if (column.hideHeader) {
    return (
      <th scope="col" className={`${cellPad} ${align}`}>
        <span className="sr-only">{column.header}</span>
      </th>
    );
  }
  const sort = column.sort;
  if (!sort) {
    return (
      <th scope="col" className={`${cellPad} ${align}`} title={column.headerTitle}>
        {column.header}
      </th>
    );
  }
  const state = sort.active ? (sort.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" className={`${cellPad} ${align}`} aria-sort={state}>
      <Link href={sort.href} className="inline-flex items-center gap-1 hover:underline">
        {column.header}
        <span aria-hidden="true">{sort.active ? (sort.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">{sort.active ? `, sorted ${state}; sort the other way` : `, sort by ${column.header.toLowerCase()}`}</span>
      </Link>
    </th>
  );
}

export function DataTable<Row>(props: Props<Row>) {
  const { caption, columns, rows, rowKey, empty, testId, rowTestId, rowClassName, rowData, actions, actionsHeader = "Actions", selection, pager, alignTop, dense } = props;
  const cellPad = dense ? "px-2 py-1.5" : "px-4 py-2";
  const pagerNav = pager ? <KeysetPager links={pager} /> : null;
  if (rows.length === 0) {
    return (
      <>
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{empty}</p>
        {pagerNav}
      </>
    );
  }
  return (
    <>
      {/* relative: screen-reader-only text is absolutely positioned, and must scroll with the table, not widen the page.
          A region with a name and a tab stop, so keyboard users can scroll a wide table too. */}
      <div role="region" aria-label={caption} tabIndex={0} className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {selection ? (
                <th scope="col" className={`w-10 ${cellPad}`}>
                  <input type="checkbox" aria-label={selection.allLabel} checked={selection.allSelected} onChange={selection.toggleAll} />
                </th>
              ) : null}
              {columns.map((c) => (
                <HeaderCell key={c.key} column={c} cellPad={cellPad} />
              ))}
              {actions ? (
                <th scope="col" className={`${cellPad} text-right`}>
                  <span className="sr-only">{actionsHeader}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className={`divide-y divide-slate-100${alignTop ? " align-top" : ""}`}>
            {rows.map((row) => (
              <tr key={rowKey(row)} data-testid={rowTestId?.(row)} className={rowClassName?.(row)} {...rowData?.(row)}>
                {selection ? (
                  <td className={cellPad}>
                    <input type="checkbox" aria-label={selection.rowLabel(row)} checked={selection.isSelected(row)} onChange={() => selection.toggle(row)} />
                  </td>
                ) : null}
                {columns.map((c) => {
                  const extra = c.cellProps?.(row);
                  const className = [c.align === "right" ? "text-right" : "", c.className, extra?.className].filter(Boolean).join(" ");
                  return c.rowHeader ? (
                    <th key={c.key} scope="row" className={`${cellPad} font-medium ${className}`}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={`${cellPad} ${className}`} title={extra?.title} aria-describedby={extra?.describedBy}>
                      {c.cell(row)}
                    </td>
                  );
                })}
                {actions ? <td className={`${cellPad} text-right`}>{actions(row)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pagerNav}
    </>
  );
}
