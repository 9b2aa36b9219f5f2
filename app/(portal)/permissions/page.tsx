import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { buildPermissionMatrix, type MatrixCell, type MatrixRow } from "@/lib/permissions";
import { PortalFrame } from "@/components/shell/portal-frame";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Permission matrix" };

const LOOK = {
  allowed: { mark: "✓", word: "Allowed", className: "bg-green-100 text-green-950" },
  denied: { mark: "✗", word: "Denied", className: "bg-red-50 text-red-900" },
  hidden: { mark: "∅", word: "Not found", className: "bg-slate-100 text-slate-700" },
} as const;
const look = (c: MatrixCell) => (c.allowed ? LOOK.allowed : c.visible ? LOOK.denied : LOOK.hidden);

function CellMark({ cell }: { cell: MatrixCell }) {
  const l = look(cell);
  return (
    <>
      <span aria-hidden="true">{l.mark} </span>
      <span className="sr-only">{l.word}: </span>
      <span className="whitespace-nowrap font-mono">{cell.rule}</span>
    </>
  );
}

/**
 * The permission matrix, generated from the policy's catalogue and `decide`: what it
 * shows is what the services enforce. One area of the catalogue per view (`?area=`), so
 * each view stays small; hover a cell for the reason.
 */
export default async function PermissionsPage({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const actor = await requireActor();
  const matrix = buildPermissionMatrix();
  const wanted = (await searchParams).area;
  const group = matrix.groups.find((g) => g.group === wanted) ?? matrix.groups[0]!;
  const columns: Column<MatrixRow>[] = [
    {
      key: "action",
      header: "Action",
      rowHeader: true,
      className: "align-top font-normal normal-case",
      cell: (r) => (
        <>
          <span className="font-medium">{r.label}</span>
          {r.situation ? <span className="block text-xs text-slate-600">{r.situation}</span> : null}
          <span className="block whitespace-nowrap font-mono text-[11px] text-slate-600">{r.rules.join(" · ")}</span>
        </>
      ),
    },
    ...matrix.columns.map(
      (c): Column<MatrixRow> => ({
        key: c.key,
        header: c.label,
        headerTitle: c.description,
        className: "text-center align-top text-xs",
        cellProps: (r) => ({ className: look(r.cells[c.key]).className, title: r.cells[c.key].reason }),
        cell: (r) => <CellMark cell={r.cells[c.key]} />,
      }),
    ),
  ];
  return (
    <PortalFrame personId={actor.personId}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Permission matrix</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            Every action the portal offers, for each role, with the rule that decides it. ✓ allowed, ✗ denied, ∅ not found (the role does not even see
            the resource); hover a cell for the reason. Generated from the same policy the services enforce.
          </p>
        </div>
        <nav aria-label="Areas" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm">
          {matrix.groups.map((g) => (
            <Link
              key={g.group}
              href={`/permissions?area=${g.group}`}
              aria-current={g.group === group.group ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 ${g.group === group.group ? "bg-blue-700 font-medium text-white" : "text-blue-800 hover:bg-slate-100"}`}
            >
              {g.label}
            </Link>
          ))}
        </nav>
        <section aria-labelledby="matrix-area" className="flex flex-col gap-2">
          <h2 id="matrix-area" className="text-lg font-semibold">
            {group.label}
          </h2>
          <DataTable
            caption={`Permission matrix: ${group.label}, actions by role`}
            testId="permission-matrix"
            columns={columns}
            rows={group.rows}
            rowKey={(r) => `${r.action}:${r.situation}`}
            rowData={(r) => ({ "data-action": r.action })}
            empty="No actions in this area."
          />
        </section>
      </div>
    </PortalFrame>
  );
}
