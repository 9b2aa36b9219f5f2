import { DataTable, type Column } from "@/components/ui/data-table";
import { accessTableCells, cellWord, HUB_ROLE_TITLES, KIND_TITLES, KINDS, MEMBERSHIP_TITLES, ROWS, TABLE_ACTIONS, type Expected } from "@/lib/hubs/projects/access-table";

type Row = { key: string; who: string; cells: Expected[] };

const TONE = (e: Expected) => (e === "A" ? "pm pm-y" : e === "N" ? "pm pm-h" : "pm pm-n");

/**
 * The hub projects access table (lib/hubs/projects/access-table.ts), one table per action:
 * who (hub role and project membership) × project kind. The same table the services are
 * tested against on PostgreSQL, cell by cell.
 */
export function AccessTableView() {
  const cells = accessTableCells();
  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-3xl text-sm text-slate-700">
        Every hub role × project kind × project membership × project action, with the outcome the services give: ✓ allowed, ∅ not found (the person does not even
        see the project), or the rule that refuses it. A test runs every cell against the services on PostgreSQL.
      </p>
      {TABLE_ACTIONS.map((a) => {
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
          <section key={a.key} aria-labelledby={`table-${a.key}`} className="flex flex-col gap-2" data-testid={`access-table-${a.key}`}>
            <h3 id={`table-${a.key}`} className="text-base font-semibold">
              {a.label} <span className="font-mono text-xs font-normal text-slate-600">{a.rules}</span>
            </h3>
            <DataTable caption={`${a.label}: outcome by hub role, membership and project kind`} columns={columns} rows={rows} rowKey={(r) => r.key} empty="" dense />
          </section>
        );
      })}
    </div>
  );
}
