import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listMyInvitations } from "@/lib/hubs/invitations/list-my-invitations";
import { PortalFrame } from "@/components/shell/portal-frame";
import { AnswerInvitation } from "@/components/hubs/answer-invitation";

export const metadata: Metadata = { title: "My invitations" };

/** HB-7: the invitations addressed to me that I can still answer. */
export default async function MyInvitationsPage() {
  const actor = await requireActor();
  const mine = await listMyInvitations(await getDb(), actor.personId);
  return (
    <PortalFrame personId={actor.personId}>
      <div className="flex max-w-3xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">My invitations</h1>
        {mine.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">You have no pending invitations.</p>
        ) : (
          <ul aria-label="Pending invitations" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {mine.map((i) => {
              const what = i.projectName ? `${i.projectName} (${i.hubName})` : i.hubName;
              return (
                <li key={i.invitationId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                  <span>
                    <span className="font-medium">{what}</span>
                    <span className="block text-slate-600">
                      From {i.invitedBy} · expires {i.expiresAt.toISOString().slice(0, 10)}
                    </span>
                  </span>
                  <AnswerInvitation invitationId={i.invitationId} what={what} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </PortalFrame>
  );
}
