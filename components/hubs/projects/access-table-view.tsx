import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { accessTableCells, cellWord, HUB_ROLE_TITLES, KIND_TITLES, KINDS, MEMBERSHIP_TITLES, ROWS, TABLE_ACTIONS, type Expected, type TableAction } from "@/lib/hubs/projects/access-table";

type Row = { key: string; who: string; cells: Expected[] };

const TONE = (e: Expected) => (e === "A" ? "pm pm-y" : e === "N" ? "pm pm-h" : "pm pm-n");

/**
 * The hub projects access table (lib/hubs/projects/access-table.ts), one action per view:
 * who (hub role and project membership) × project kind. The same table the services are
 * tested against on PostgreSQL, cell by cell. One action at a time (links to the others)
 * keeps the page's HTML small: all thirteen tables at once were 511 KB.
 */
export function AccessTableView({ action, hrefFor }: { action: TableAction; hrefFor: (action: TableAction) => string }) {
  const cells = accessTableCells();
  const a = TABLE_ACTIONS.find((t) => t.key === action) ?? TABLE_ACTIONS[0];
  const rows: Row[] = ROWS.map((r) => ({
    key: `${r.hubRole}-${r.membership}`,
    who: `${HUB_ROLE_TITLES[r.hubRole]}${r.hubRole === "outsider" ? "" : `, ${MEMBERSHIP_TITLES[r.membership]}`}`,
    cells: KINDS.map((k) => cells.find((c) => c.action === a.key && c.hubRole === r.hubRole && c.membership === r.membership && c.kind === k)!.expected),
  }));
  const columns: Column<Row>[] = [
    { key: "who", header: "Who", rowHeader: true, className: "font-normal", cell: (r) => r.who },
    ...KINDS.map(
      (k, i): Column<Row> => ({
        key: k,
        header: KIND_TITLES[k],
        cellProps: (r) => ({ className: TONE(r.cells[i]!), title: cellWord(r.cells[i]!) }),
        cell: (r) => (
          <>
            <span className="sr-only">{`${cellWord(r.cells[i]!)}`}</span>
            <span aria-hidden="true">{r.cells[i] === "A" ? "✓" : r.cells[i] === "N" ? "∅" : r.cells[i]}</span>
          </>
        ),
      }),
    ),
  ];
  return (
    <div className="flex flex-col gap-4">
      <p className="max-w-3xl text-sm text-slate-700">
        Every hub role × project kind × project membership × project action, with the outcome the services give: ✓ allowed, ∅ not found (the person does not even
        see the project), or the rule that refuses it. A test runs every cell against the services on PostgreSQL.
      </p>
      <nav aria-label="Project actions">
        <ul className="flex flex-wrap gap-1 text-sm">
          {TABLE_ACTIONS.map((t) => (
            <li key={t.key}>
              <Link
                href={hrefFor(t.key)}
                aria-current={t.key === a.key ? "page" : undefined}
                className="block rounded-md border border-slate-200 px-2.5 py-1 text-blue-800 hover:bg-slate-100 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white"
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby={`table-${a.key}`} className="flex flex-col gap-2" data-testid={`access-table-${a.key}`}>
        <h3 id={`table-${a.key}`} className="text-base font-semibold">
          {a.label} <span className="font-mono text-xs font-normal text-slate-600">{a.rules}</span>
        </h3>
        <DataTable caption={`${a.label}: outcome by hub role, membership and project kind`} columns={columns} rows={rows} rowKey={(r) => r.key} empty="" dense />
      </section>
    </div>
  );
}
