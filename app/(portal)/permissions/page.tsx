import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/actor";
import { buildPermissionMatrix, type MatrixCell } from "@/lib/permissions";
import { PortalFrame } from "@/components/shell/portal-frame";

export const metadata: Metadata = { title: "Permission matrix" };

function Cell({ cell }: { cell: MatrixCell }) {
  const [mark, style, word] = cell.allowed
    ? ["✓", "bg-green-50 text-green-900", "Allowed"]
    : cell.visible
      ? ["✗", "bg-red-50 text-red-900", "Denied"]
      : ["∅", "bg-slate-100 text-slate-600", "Not found"];
  return (
    <td className={`px-2 py-1.5 text-center align-top text-xs ${style}`} title={cell.reason}>
      <span aria-hidden="true">{mark} </span>
      <span className="sr-only">{word}: </span>
      <span className="whitespace-nowrap font-mono">{cell.rule}</span>
      <span className="sr-only"> — {cell.reason}</span>
    </td>
  );
}

/**
 * The permission matrix, generated from the policy's catalogue and `decide`: what it
 * shows is what the services enforce. Hover a cell for the reason.
 */
export default async function PermissionsPage() {
  const actor = await requireActor();
  const matrix = buildPermissionMatrix();
  return (
    <PortalFrame personId={actor.personId}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Permission matrix</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Every action the portal offers, for each role, with the rule that decides it. ✓ allowed, ✗ denied (the reason is shown),
            ∅ not found (the role does not even see the resource). Generated from the same policy the services enforce.
          </p>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">Permission matrix: actions by role</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">Action</th>
                {matrix.columns.map((c) => (
                  <th key={c.key} scope="col" className="px-2 py-2 text-center font-medium" title={c.description}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            {matrix.groups.map((g) => (
              <tbody key={g.group} className="divide-y divide-slate-100">
                <tr className="bg-slate-100">
                  <th scope="rowgroup" colSpan={matrix.columns.length + 1} className="px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-700">
                    {g.label}
                  </th>
                </tr>
                {g.rows.map((r) => (
                  <tr key={`${r.action}:${r.situation}`} data-action={r.action}>
                    <th scope="row" className="px-3 py-1.5 align-top font-normal">
                      <span className="font-medium">{r.label}</span>
                      {r.situation ? <span className="block text-xs text-slate-500">{r.situation}</span> : null}
                      <span className="block font-mono text-[11px] whitespace-nowrap text-slate-400">{r.rules.join(" · ")}</span>
                    </th>
                    {matrix.columns.map((c) => (
                      <Cell key={c.key} cell={r.cells[c.key]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </div>
    </PortalFrame>
  );
}
