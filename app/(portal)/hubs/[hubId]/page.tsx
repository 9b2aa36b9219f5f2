import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listProjects, projectListQuery, type ListedProject } from "@/lib/hubs/projects/list-projects";
import { kindLabel, projectPath } from "@/lib/hubs/projects/project-input";
import { rowFacts } from "@/lib/hubs/projects/row-facts";
import { HUB_ROLE_LABELS, PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { loadHubFacts } from "@/lib/permissions/facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities } from "@/lib/pages/capabilities";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { Refusal } from "@/components/ui/refusal";
import { DataTable, type Column } from "@/components/ui/data-table";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";
import { ProjectFilters } from "@/components/hubs/projects/project-filters";
import { CreateProjectDialog } from "@/components/hubs/projects/create-project-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Hub" };

type Props = { params: Promise<{ hubId: string }>; searchParams: Promise<SearchParams> };
type Row = ListedProject & { canOpen: boolean; canAsk: boolean };

const search = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
  const s = p.toString();
  return s ? `?${s}` : "";
};

/**
 * A hub's projects as the person may see them, scoped in SQL (HB-9, FP-2, FP-4, LP-2, LP-3,
 * LP-5, LP-6): search, kind and membership filters and keyset pages live in the URL.
 */
export default async function HubPage({ params, searchParams }: Props) {
  const hubId = requireUuid((await params).hubId);
  const actor = await requireActor();
  const db = await getDb();
  const facts = await loadHubFacts(db, actor.personId, hubId);
  const decision = authorizePage(facts, "hubs.view");
  if (!decision.allowed || !facts?.actor.hub) return <Refusal decision={decision} />;
  const membership = facts.actor.hub;
  const base = `/hubs/${hubId}`;
  const read = await readPageQuery(searchParams, projectListQuery);
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const query = read.query;
  const { rows, next, invalidCursor } = await listProjects(db, actor.personId, membership, query);
  if (invalidCursor) return <InvalidRequest message={INVALID_CURSOR_MESSAGE} startHref={base} />;
  const can = capabilities(facts, ["projects.create"]);
  const tableRows: Row[] = rows.map((r) => {
    const c = capabilities(rowFacts(facts, r), ["projects.open", "projects.requestJoin"]);
    return { ...r, canOpen: c["projects.open"].allowed, canAsk: c["projects.requestJoin"].allowed };
  });
  const state = { q: query.q, kind: query.kind, membership: query.membership };
  const columns: Column<Row>[] = [
    { key: "name", header: "Project", rowHeader: true, cell: (r) => <Link className="text-blue-700 underline" href={projectPath(hubId, r.projectId)}>{r.name}</Link> },
    { key: "kind", header: "Kind", cell: (r) => kindLabel(r) },
    { key: "role", header: "Your role", cell: (r) => (r.myRole ? PROJECT_ROLE_LABELS[r.myRole] : "Not a member") },
    { key: "members", header: "Members", align: "right", cell: (r) => r.memberCount },
    { key: "access", header: "Access", cell: (r) => (r.canOpen ? "Open" : r.canAsk ? "Ask to join" : "Manage members only") },
  ];
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "My hubs", href: "/hubs" }, { label: facts.name }]} />
      <PageHeader title={facts.name} description={`Your hub role: ${HUB_ROLE_LABELS[membership.role]}`} actions={can["projects.create"].allowed ? <CreateProjectDialog hubId={hubId} /> : null} />
      <h2 className="text-lg font-medium">Projects</h2>
      {can["projects.create"].allowed ? null : <p className="text-sm text-slate-600">{can["projects.create"].reason}</p>}
      <ProjectFilters base={base} query={query} />
      <DataTable
        caption="Projects"
        testId="projects-table"
        columns={columns}
        rows={tableRows}
        rowKey={(r) => r.projectId}
        rowData={(r) => ({ "data-project": r.name })}
        empty={state.q || state.kind || state.membership ? "No project matches this search." : "No projects you can see in this hub yet."}
        pager={keysetLinks(Boolean(query.after), next, (after) => `${base}${search({ ...state, after })}`)}
      />
    </div>
  );
}
