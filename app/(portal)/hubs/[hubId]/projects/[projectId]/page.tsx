import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { decide, PROJECT_ROLE_LABELS, type ActorFacts, type ProjectResource } from "@/lib/permissions";
import { loadProjectShareFacts } from "@/lib/permissions/facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities } from "@/lib/pages/capabilities";
import { z } from "zod";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { kindLabel } from "@/lib/hubs/projects/project-input";
import * as read from "@/lib/hubs/projects/load-project-page";
import { previewTransfer } from "@/lib/hubs/projects/transfer-project";
import { rolesToGive, transferChoices } from "@/lib/hubs/projects/row-facts";
import { addGroupNotes, addMemberNotes, groupMemberNotes, groupMemberPickers, inviteByEmailNotes } from "@/lib/hubs/projects/pickers";
import { loadHubFacts } from "@/lib/permissions/facts";
import { ContentSection } from "@/components/projects/content-section";
import { MembersSection } from "@/components/projects/members-section";
import { JoinRequestsSection } from "@/components/projects/join-requests-section";
import { ShareLinksSection } from "@/components/projects/share-links-section";
import { GroupsSection } from "@/components/projects/groups-section";
import { TransferSection } from "@/components/projects/transfer-section";
import { AskToJoin } from "@/components/projects/ask-to-join";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { ProjectInviteForm } from "@/components/hubs/project-invite-form";

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
  const canShare = decide(share.actor, "projects.share", share.resource);
  const hubFacts = await loadHubFacts(db, actor.personId, hubId);
  const canCreateGroup = hubFacts ? decide(hubFacts.actor, "groups.manage", hubFacts.resource) : { allowed: false, reason: "" };
  const project = share.resource.project;
  const myRole = share.actor.project?.role ?? null;
  const name = await read.loadProjectName(db, projectId);
  const base = `/hubs/${hubId}/projects/${projectId}`;

  const header = (
    <div>
      <Link href={`/hubs/${hubId}`} className="text-sm text-blue-700 underline">
        ← Projects
      </Link>
      <h1 className="text-2xl font-semibold">{name}</h1>
      <p className="text-sm text-slate-600">
        {kindLabel(project)} project · {project.memberCount} members · your role: {myRole ? PROJECT_ROLE_LABELS[myRole] : "not a member"}
      </p>
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
  // The policy answers who may give which role (PR-3) and transfer where (PR-5, FP-3); the page only shows it.
  const addRoles = rolesToGive(facts);
  // The pickers list only what the policy accepts (SQL on its facts); the policy says why the rest is missing.
  const memberPickers = editGroups && hubFacts ? groupMemberPickers(hubFacts, hubGroups, addable) : [];
  const memberNotes = editGroups && hubFacts ? groupMemberNotes(hubFacts, hubGroups.some((g) => g.onOpenProject)) : [];
  const choices = transferChoices(facts, destinations);
  const allowedDestinations = choices.filter((c) => c.decision.allowed);
  const transferRefusal = allowedDestinations.length === 0 ? (choices[0]?.decision.reason ?? null) : null;
  const chosen = transferTo && allowedDestinations.some((d) => d.id === transferTo) ? transferTo : null;
  const preview = chosen ? await previewTransfer(db, projectId, chosen) : null;

  return (
    <div className="flex flex-col gap-4">
      {header}
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
      {showMembers && addRoles.length > 0 ? (
        <section aria-labelledby="invite-email-heading" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="invite-email-heading" className="text-lg font-medium">
            Invite by email
          </h2>
          <p className="text-sm text-slate-600">With a project role no higher than your own (PR-3). Someone not in the hub joins it as a Project Contributor when they accept (HB-5).</p>
          {inviteByEmailNotes(facts, addRoles).map((note) => (
            <p key={note} className="text-sm text-slate-600" data-testid="invite-email-note">
              {note}
            </p>
          ))}
          <ProjectInviteForm projectId={projectId} roles={addRoles} />
        </section>
      ) : null}
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

/** LP-3, FP-3, PR-1 per member: whether the role selector may offer Project Administrator, with the policy's reason. */
function promoteCapabilities(facts: { actor: ActorFacts; resource: ProjectResource }, members: read.ProjectMemberRow[]): Record<string, { allowed: boolean; reason: string; rule: string }> {
  const out: Record<string, { allowed: boolean; reason: string; rule: string }> = {};
  for (const m of members) {
    const d = decide(facts.actor, "projects.makeAdmin", { kind: "projectMember", hub: facts.resource.hub, project: facts.resource.project, target: { personId: m.personId, hubRole: m.hubRole, projectRole: m.role, directRole: m.role } });
    out[m.personId] = { allowed: d.allowed, reason: d.reason, rule: d.rule };
  }
  return out;
}
