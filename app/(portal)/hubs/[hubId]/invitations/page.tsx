import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { SHOWN_STATUSES, decodeSentCursor, listSentInvitations, sentQuery, type SentInvitationRow } from "@/lib/hubs/invitations/list-sent-invitations";
import { requestHubFacts } from "@/lib/hubs/request-hub-facts";
import { HUB_ROLE_LABELS, PROJECT_ROLE_LABELS, hubInvitationStatusOnSend } from "@/lib/permissions";
import { capability, invitationCapabilities } from "@/lib/pages/capabilities";
import { countOpenInvitations } from "@/lib/hubs/invitations/count-open-invitations";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { DataTable, type Column } from "@/components/ui/data-table";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { Refusal } from "@/components/ui/refusal";
import { HubAdminNav } from "@/components/hubs/hub-admin-nav";
import { InvitationActions } from "@/components/hubs/invitation-actions";
import { InviteDialog } from "@/components/hubs/invite-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectInviteDialog } from "@/components/hubs/project-invite-dialog";
import { listHubProjects } from "@/lib/hubs/invitations/list-hub-projects";
import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { resendExpiredInvitationsAction } from "@/lib/hubs/invitations/actions";

export const metadata: Metadata = { title: "Hub invitations" };

type Props = { params: Promise<{ hubId: string }>; searchParams: Promise<SearchParams> };
const STATUS_LABEL: Record<SentInvitationRow["status"], string> = {
  awaiting_approval: "Awaiting approval",
  pending: "Pending",
  accepted: "Accepted",
  declined: "Declined",
  cancelled: "Cancelled",
  expired: "Expired",
  rejected: "Rejected",
};

/** Invite people (HB-5, as the mode allows, HB-3), and the hub's sent invitations for its administrators (HB-7). */
export default async function HubInvitationsPage({ params, searchParams }: Props) {
  const hubId = requireUuid((await params).hubId);
  const facts = await requestHubFacts(hubId);
  const view = authorizePage(facts, "invitations.viewSent");
  if (!facts) return <Refusal decision={view} />;
  const invite = capability(facts.actor, "hubs.invite", facts.resource);
  if (!view.allowed && !invite.allowed) return <Refusal decision={view} />;
  const hub = facts.resource.hub;
  const onSend = facts.actor.hub ? hubInvitationStatusOnSend(hub.invitationMode, facts.actor.hub.role) : null;
  const note = onSend === "awaiting_approval" ? "Your invitations wait for a hub administrator's approval (HB-3)." : "They become Hub Members when they accept (HB-5).";
  const base = `/hubs/${hubId}/invitations`;
  const read = await readPageQuery(searchParams, sentQuery, { cursor: (q) => decodeSentCursor(q.after!) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const q = read.query;
  const db = await getDb();
  const [sent, queue, hubProjects, open] = view.allowed
    ? await Promise.all([listSentInvitations(db, hubId, q), listSentInvitations(db, hubId, { status: "awaiting_approval" }, 100), listHubProjects(db, hubId), countOpenInvitations(db, hubId)])
    : [null, null, [], undefined];
  const href = (over: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: q.q, status: q.status, ...over })) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `${base}?${s}` : base;
  };
  const columns: Column<SentInvitationRow>[] = [
    { key: "email", header: "Email", rowHeader: true, cell: (r) => r.email },
    { key: "status", header: "Status", cell: (r) => STATUS_LABEL[r.status] },
    { key: "role", header: "Role", cell: (r) => (r.projectName ? `${r.projectName}: ${r.projectRole ? PROJECT_ROLE_LABELS[r.projectRole] : ""}` : HUB_ROLE_LABELS[r.hubRole]) },
    { key: "by", header: "Sent by", cell: (r) => r.invitedBy },
    { key: "sent", header: "Sent", cell: (r) => r.createdAt.slice(0, 10) },
    { key: "expires", header: "Expires", cell: (r) => r.expiresAt.slice(0, 10) },
  ];
  return (
    <div className="flex flex-col gap-5">
      <HubAdminNav hubId={hubId} hubName={facts.name} current="/invitations" />
      <PageHeader title="Invitations" count={open} description={open === undefined ? (invite.allowed ? note : invite.reason) : `${open === 1 ? "1 invitation waits" : `${open} invitations wait`} for an answer. ${invite.allowed ? note : invite.reason}`} actions={
          <>
            {invite.allowed ? <InviteDialog hubId={hubId} note={note} /> : null}
            {sent && queue && hubProjects.length > 0 ? <ProjectInviteDialog projects={hubProjects} /> : null}
          </>
        }
      />
      {sent && queue ? (
        <>
          {queue.rows.length > 0 ? (
            <section aria-labelledby="inv-queue" className="flex flex-col gap-2">
              <h2 id="inv-queue" className="text-lg font-medium">
                Waiting for approval
              </h2>
              <DataTable caption="Invitations waiting for approval" testId="approval-queue" columns={columns} rows={queue.rows} rowKey={(r) => r.invitationId} empty={null} actions={(r) => <InvitationActions invitationId={r.invitationId} email={r.email} expiresAt={r.expiresAt} can={invitationCapabilities(facts.actor, hub, r)} />} />
            </section>
          ) : null}
          <section aria-labelledby="inv-sent" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="inv-sent" className="text-lg font-medium">
                Sent invitations
              </h2>
              <ActionButton action={resendExpiredInvitationsAction} input={{ hubId }} label="Resend all expired" size="sm" success="Expired invitations sent again." />
            </div>
            <form action={base} method="get" role="search" className="flex flex-wrap items-end gap-3">
              <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
                Email
                <input name="q" defaultValue={q.q ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal" />
              </label>
              <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
                Status
                <select name="status" defaultValue={q.status ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
                  <option value="">Any status</option>
                  {SHOWN_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
                Apply
              </button>
            </form>
            <DataTable
              caption="Sent invitations"
              testId="sent-invitations"
              columns={columns}
              rows={sent.rows}
              rowKey={(r) => r.invitationId}
              rowTestId={(r) => `invitation-${r.email}`}
              empty={<EmptyState title={q.q || q.status ? "No invitation matches these filters." : "No invitations sent yet."} />}
              actions={(r) => <InvitationActions invitationId={r.invitationId} email={r.email} expiresAt={r.expiresAt} can={invitationCapabilities(facts.actor, hub, r)} />}
              pager={keysetLinks(Boolean(q.after), sent.next, (after) => href({ after }))}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
