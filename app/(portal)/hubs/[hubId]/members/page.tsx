import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { decodeMembersCursor, listHubMembers, membersQuery, type HubMemberRow } from "@/lib/hubs/list-hub-members";
import { requestHubFacts } from "@/lib/hubs/request-hub-facts";
import { hubMemberCapabilities } from "@/lib/pages/capabilities";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { DataTable, type Column } from "@/components/ui/data-table";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { Refusal } from "@/components/ui/refusal";
import { HubAdminNav } from "@/components/hubs/hub-admin-nav";
import { MemberMenu, MemberRoleSelect } from "@/components/hubs/member-actions";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MembersToolbar } from "@/components/hubs/members-toolbar";

export const metadata: Metadata = { title: "Hub members" };

type Props = { params: Promise<{ hubId: string }>; searchParams: Promise<SearchParams> };

/** The hub's members for its administrators (HB-3): search, filters, sort and keyset pages in the URL. */
export default async function HubMembersPage({ params, searchParams }: Props) {
  const hubId = requireUuid((await params).hubId);
  const facts = await requestHubFacts(hubId);
  const decision = authorizePage(facts, "hubs.viewMembers");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const base = `/hubs/${hubId}/members`;
  const read = await readPageQuery(searchParams, membersQuery, { cursor: (q) => decodeMembersCursor(q.after!, q.sort) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const q = read.query;
  const db = await getDb();
  const { rows, next } = await listHubMembers(db, hubId, q);
  const href = (over: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    const all = { q: q.q, role: q.role, status: q.status, sort: q.sort === "joined" ? undefined : q.sort, ...over };
    for (const [k, v] of Object.entries(all)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `${base}?${s}` : base;
  };
  const hub = facts.resource.hub;
  const columns: Column<HubMemberRow>[] = [
    { key: "name", header: "Name", rowHeader: true, sort: { href: href({ sort: "name", after: undefined }), active: q.sort === "name", dir: "asc" }, cell: (m) => m.name },
    { key: "email", header: "Email", cell: (m) => m.email },
    { key: "role", header: "Hub role", cell: (m) => <MemberRoleSelect {...member(m)} /> },
    { key: "active", header: "Status", cell: (m) => (m.active ? <Badge tone="good">Active</Badge> : <Badge tone="warn">Deactivated</Badge>) },
    { key: "joined", header: "Joined", sort: { href: href({ sort: undefined, after: undefined }), active: q.sort === "joined", dir: "desc" }, cell: (m) => m.joinedAt.slice(0, 10) },
    { key: "projects", header: "Projects", align: "right", cell: (m) => m.projects },
  ];
  const filtered = Boolean(q.q || q.role || q.status);
  const member = (m: HubMemberRow) => ({ hubId, personId: m.personId, name: m.name, role: m.role, active: m.active, openProjects: m.openProjects, adminProjects: m.adminProjects, projects: m.projects, openInvitations: m.openInvitations, can: hubMemberCapabilities(facts.actor, hub, m) });
  return (
    <div className="flex flex-col gap-4">
      <HubAdminNav hubId={hubId} hubName={facts.name} current="/members" />
      <PageHeader title="Members" description="Hub roles decide what each person may do with the hub's projects." />
      <MembersToolbar action={base} q={q.q ?? ""} role={q.role ?? ""} status={q.status ?? ""} sort={q.sort} />
      <DataTable
        caption="Hub members"
        testId="hub-members"
        columns={columns}
        rows={rows}
        rowKey={(m) => m.personId}
        rowTestId={(m) => `member-${m.email}`}
        empty={<EmptyState title={filtered ? "No member matches these filters." : "This hub has no members."} />}
        actions={(m) => <MemberMenu {...member(m)} />}
        pager={keysetLinks(Boolean(q.after), next, (after) => href({ after }))}
      />
    </div>
  );
}
