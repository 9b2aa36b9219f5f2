import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { PROJECT_ROLE_LABELS, type ProjectResource } from "@/lib/permissions";
import { loadProjectShareFacts } from "@/lib/permissions/facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities, capability, promoteCapabilities } from "@/lib/pages/capabilities";
import { z } from "zod";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { kindLabel } from "@/lib/hubs/projects/project-input";
import * as read from "@/lib/hubs/projects/load-project-page";
import { previewTransfer } from "@/lib/hubs/projects/transfer-project";
import { rolesToGive, transferChoices } from "@/lib/hubs/projects/row-facts";
import { addGroupNotes, addMemberNotes, groupMemberNotes, groupMemberPickers, inviteByEmailNotes } from "@/lib/hubs/projects/pickers";
import { loadHubFacts } from "@/lib/permissions/facts";
import { ContentSection } from "@/components/hubs/projects/content-section";
import { MembersSection } from "@/components/hubs/projects/members-section";
import { JoinRequestsSection } from "@/components/hubs/projects/join-requests-section";
import { ShareLinksSection } from "@/components/hubs/projects/share-links-section";
import { GroupsSection } from "@/components/hubs/projects/groups-section";
import { TransferSection } from "@/components/hubs/projects/transfer-section";
import { AskToJoin } from "@/components/hubs/projects/ask-to-join";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { InviteByEmailDialog } from "@/components/hubs/projects/invite-by-email-dialog";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Project" };

type Props = { params: Promise<{ hubId: string; projectId: string }>; searchParams: Promise<SearchParams> };

/** The hub a transfer is previewed to (PR-5), chosen in the transfer section's form. */
const projectQuery = z.object({ transferTo: z.uuid().optional() });

/**
 * A project: content by project role (PR-1), members (PR-3, LP-2, LP-3, PR-6), join requests
 * (PR-2), groups (PR-4), share links (HB-3) and transfer (PR-5). A project the person may
 * not see is "not found" (FP-2, LP-2, LP-6), whatever the URL.
 */
export default async function ProjectPage({ params, searchParams }: Props) {
  const { hubId: rawHub, projectId: rawProject } = await params;
  const hubId = requireUuid(rawHub);
  const projectId = requireUuid(rawProject);
  const actor = await requireActor();
  const db = await getDb();
  const share = await loadProjectShareFacts(db, actor.personId, projectId);
  if (!share || share.resource.project.hubId !== hubId) notFound();
  const facts = { actor: share.actor, resource: { kind: "project", hub: share.resource.hub, project: share.resource.project } as ProjectResource };
  const sight = authorizePage(facts, "projects.viewInList");
  const can = capabilities(facts, ["projects.open", "projects.readContent", "projects.editContent", "projects.requestJoin", "projects.manageMembers"]);
  const canShare = capability(share.actor, "projects.share", share.resource);
  const hubFacts = await loadHubFacts(db, actor.personId, hubId);
  const canCreateGroup = hubFacts ? capability(hubFacts.actor, "groups.manage", hubFacts.resource) : { allowed: false, reason: "" };
  const project = share.resource.project;
  const myRole = share.actor.project?.role ?? null;
  const name = await read.loadProjectName(db, projectId);
  const base = `/hubs/${hubId}/projects/${projectId}`;

  const addRoles = rolesToGive(facts);
  const canInvite = sight.allowed && addRoles.length > 0 && (can["projects.open"].allowed || can["projects.manageMembers"].allowed);
  const header = (
    <div className="flex flex-col gap-2">
      <Breadcrumbs items={[{ label: hubFacts?.name ?? "Hub", href: `/hubs/${hubId}` }, { label: "Projects", href: `/hubs/${hubId}` }, { label: name }]} />
      <PageHeader
        title={name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="info">{kindLabel(project)}</Badge>
            <span>
              {project.memberCount} members · your role: {myRole ? PROJECT_ROLE_LABELS[myRole] : "not a member"}
            </span>
          </span>
        }
        actions={canInvite ? <InviteByEmailDialog projectId={projectId} roles={addRoles} notes={inviteByEmailNotes(facts, addRoles)} /> : null}
      />
    </div>
  );
  // Seen but not reachable (HB-8, a deactivated member): the reason, answered with 403.
  if (!sight.allowed)
    return (
      <div className="flex flex-col gap-4">
        {header}
        <Refusal decision={sight} />
      </div>
    );

  const manage = can["projects.manageMembers"].allowed;
  const showMembers = can["projects.open"].allowed || manage;
  const query = await readPageQuery(searchParams, projectQuery, { labels: { transferTo: "Transfer to" } });
  if (!query.ok) return <InvalidRequest message={query.problem} startHref={base} />;
  const transferTo = query.query.transferTo ?? null;
  const editGroups = manage && canCreateGroup.allowed;
  const [items, members, groups, requests, links, addable, hubGroups, destinations, mine] = await Promise.all([
    can["projects.readContent"].allowed ? read.listProjectItems(db, projectId) : [],
    showMembers ? read.listProjectMembers(db, projectId, hubId) : [],
    showMembers ? read.listProjectGroups(db, projectId) : [],
    manage ? read.listPendingJoinRequests(db, projectId) : [],
    myRole === "project_admin" ? read.listActiveShareLinks(db, projectId) : [],
    manage || myRole ? read.listAddableMembers(db, hubId, projectId) : [],
    manage ? read.listHubGroups(db, hubId, projectId) : [],
    manage ? read.listTransferDestinations(db, actor.personId, hubId) : [],
    myRole ? null : read.myLatestJoinRequest(db, projectId, actor.personId),
  ]);
  // The policy answers who may give which role (PR-3, addRoles above) and transfer where (PR-5, FP-3); the page only shows it.
  // The pickers list only what the policy accepts (SQL on its facts); the policy says why the rest is missing.
  const memberPickers = editGroups && hubFacts ? groupMemberPickers(hubFacts, hubGroups, addable) : [];
  const memberNotes = editGroups && hubFacts ? groupMemberNotes(hubFacts, hubGroups.some((g) => g.onOpenProject)) : [];
  const choices = transferChoices(facts, destinations);
  const allowedDestinations = choices.filter((c) => c.decision.allowed);
  const transferRefusal = allowedDestinations.length === 0 ? (choices[0]?.decision.reason ?? null) : null;
  const chosen = transferTo && allowedDestinations.some((d) => d.id === transferTo) ? transferTo : null;
  const preview = chosen ? await previewTransfer(db, projectId, chosen) : null;

  // In-page section links: the dense parts (join requests, groups, links, transfer) stay one jump away.
  const sections = [
    can["projects.readContent"].allowed && { id: "content", label: "Content" },
    showMembers && { id: "members", label: "Members" },
    manage && { id: "join-requests", label: `Join requests (${requests.length})` },
    manage && { id: "groups", label: "Groups" },
    myRole === "project_admin" && { id: "share-links", label: "Share links" },
    allowedDestinations.length > 0 && { id: "transfer", label: "Transfer" },
  ].filter((x): x is { id: string; label: string } => Boolean(x));
  return (
    <div className="flex flex-col gap-4">
      {header}
      {sections.length > 1 ? (
        <nav aria-label="Project sections">
          <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-1 text-sm">
            {sections.map((x) => (
              <li key={x.id}>
                <a href={`#${x.id}`} className="block rounded-md px-3 py-1 text-blue-800 hover:bg-slate-100">
                  {x.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {!can["projects.open"].allowed ? (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="project-closed">
          <p>{can["projects.open"].reason}</p>
          {mine ? <p role="status" data-testid="join-request-outcome">Your request to join: {mine.status}.</p> : null}
          {can["projects.requestJoin"].allowed && mine?.status !== "pending" ? <AskToJoin projectId={projectId} /> : null}
          {!can["projects.requestJoin"].allowed && !manage ? <p>{can["projects.requestJoin"].reason}</p> : null}
        </div>
      ) : null}
      {can["projects.readContent"].allowed ? (
        <ContentSection projectId={projectId} items={items} canEdit={can["projects.editContent"].allowed} canShare={canShare.allowed} editReason={can["projects.editContent"].reason} />
      ) : null}
      {showMembers ? <MembersSection projectId={projectId} members={members} promote={promoteCapabilities(facts, members)} canManage={manage} addRoles={addRoles} addable={addable} notes={addMemberNotes(facts, addRoles)} /> : null}
      {manage ? <JoinRequestsSection requests={requests} /> : null}
      {manage ? (
        <GroupsSection
          hubId={hubId}
          projectId={projectId}
          groups={groups}
          addableGroups={hubGroups.filter((g) => g.addable).map(({ id, label }) => ({ id, label }))}
          addGroupNotes={addGroupNotes(facts)}
          memberPickers={memberPickers}
          memberNotes={memberNotes}
          canAdd={manage}
          canCreate={canCreateGroup.allowed}
          createReason={canCreateGroup.reason}
        />
      ) : null}
      {myRole === "project_admin" ? <ShareLinksSection projectId={projectId} links={links} sharingEnabled={share.resource.sharingEnabled} /> : null}
      {allowedDestinations.length ? <TransferSection base={base} projectId={projectId} destinations={allowedDestinations} chosen={chosen} preview={preview} /> : null}
      {transferRefusal ? <p className="text-sm text-slate-600" data-testid="transfer-refusal">{transferRefusal}</p> : null}
    </div>
  );
}
