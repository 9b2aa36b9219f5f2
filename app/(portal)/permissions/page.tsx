import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { buildPermissionMatrix, type MatrixCell, type MatrixRow } from "@/lib/permissions/matrix";
import { PortalFrame } from "@/components/shell/portal-frame";
import { MatrixTable, type CompactRow, type MatrixCellKind } from "@/components/permissions/matrix-table";
// Hub projects (issue 10): the access table, its own area.
import { AccessTableView } from "@/components/hubs/projects/access-table-view";
import { TABLE_ACTIONS, type TableAction } from "@/lib/hubs/projects/access-table";

const PROJECT_TABLE_AREA = "hubProjectsTable";

export const metadata: Metadata = { title: "Permission matrix" };

const kind = (c: MatrixCell): MatrixCellKind => (c.allowed ? "y" : c.visible ? "n" : "h");

/** The distinct reasons of an area's cells, numbered in order of appearance: each cell points to one. */
function footnotes(rows: readonly MatrixRow[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const r of rows) for (const cell of Object.values(r.cells)) if (!notes.has(cell.reason)) notes.set(cell.reason, notes.size + 1);
  return notes;
}

/**
 * The permission matrix, generated from the policy's catalogue and `decide`: what it
 * shows is what the services enforce. One area of the catalogue per view (`?area=`), so
 * each view stays small; each cell points to its reason, listed under the table.
 */
export default async function PermissionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const matrix = buildPermissionMatrix();
  const areas: [string, ...string[]] = [PROJECT_TABLE_AREA, ...matrix.groups.map((g) => g.group)];
  const read = await readPageQuery(searchParams, z.object({ area: z.enum(areas).optional(), action: z.enum(TABLE_ACTIONS.map((t) => t.key) as [TableAction, ...TableAction[]]).optional() }), { labels: { area: "Area", action: "Action" } });
  if (!read.ok)
    return (
      <PortalFrame personId={actor.personId}>
        <InvalidRequest message={read.problem} startHref="/permissions" />
      </PortalFrame>
    );
  const wanted = read.query.area;
  const projectTable = wanted === PROJECT_TABLE_AREA;
  const group = matrix.groups.find((g) => g.group === wanted) ?? matrix.groups[0]!;
  const notes = footnotes(group.rows);
  const rows: CompactRow[] = group.rows.map((r) => ({
    key: `${r.action}:${r.situation}`,
    action: r.action,
    label: r.label,
    situation: r.situation,
    rules: r.rules.join(" · "),
    cells: matrix.columns.map((c) => {
      const cell = r.cells[c.key];
      return [kind(cell), cell.rule, notes.get(cell.reason)!] as const;
    }),
  }));
  return (
    <PortalFrame personId={actor.personId}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Permission matrix</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            Every action the portal offers, for each role, with the rule that decides it: ✓ allowed, ✗ denied, ∅ not found (the role does not even see
            the resource). Each cell&apos;s number points to its reason, listed under the table. Generated from the same policy the services enforce.
          </p>
        </div>
        <nav aria-label="Areas" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm">
          {matrix.groups.map((g) => (
            <Link
              key={g.group}
              href={`/permissions?area=${g.group}`}
              aria-current={g.group === group.group && !projectTable ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 ${g.group === group.group && !projectTable ? "bg-blue-700 font-medium text-white" : "text-blue-800 hover:bg-slate-100"}`}
            >
              {g.label}
            </Link>
          ))}
          <Link
            href={`/permissions?area=${PROJECT_TABLE_AREA}`}
            aria-current={projectTable ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${projectTable ? "bg-blue-700 font-medium text-white" : "text-blue-800 hover:bg-slate-100"}`}
          >
            Hub projects: the full table
          </Link>
        </nav>
        {projectTable ? (
          <section aria-labelledby="matrix-area" className="flex flex-col gap-2">
            <h2 id="matrix-area" className="text-lg font-semibold">
              Hub projects: the full table
            </h2>
            <AccessTableView action={read.query.action ?? TABLE_ACTIONS[0].key} hrefFor={(action) => `/permissions?area=${PROJECT_TABLE_AREA}&action=${action}`} />
          </section>
        ) : (
        <section aria-labelledby="matrix-area" className="flex flex-col gap-2">
          <h2 id="matrix-area" className="text-lg font-semibold">
            {group.label}
          </h2>
          <MatrixTable caption={`Permission matrix: ${group.label}, actions by role`} columns={matrix.columns} rows={rows} />
          <h3 className="mt-2 text-base font-semibold">Reasons</h3>
          <ol className="flex list-none flex-col gap-0.5 text-sm text-slate-700">
            {[...notes].map(([reason, n]) => (
              <li key={n} id={`why-${n}`}>
                <span className="inline-block w-8 font-mono text-slate-600">{n}</span>
                {reason}
              </li>
            ))}
          </ol>
        </section>
        )}
      </div>
    </PortalFrame>
  );
}
