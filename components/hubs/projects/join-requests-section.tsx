import { decideJoinRequestAction } from "@/lib/hubs/projects/actions";
import type { JoinRequestRow } from "@/lib/hubs/projects/load-project-page";
import { ActionButton } from "@/components/ui/action-button";

/** Pending join requests, approved or declined by project or hub administrators (PR-2). */
export function JoinRequestsSection({ requests }: { requests: JoinRequestRow[] }) {
  return (
    <section id="join-requests" aria-labelledby="join-requests-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="join-requests-heading" className="text-lg font-medium">
        Join requests ({requests.length})
      </h2>
      {requests.length === 0 ? (
        <p className="text-sm text-slate-600">No pending requests.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Pending join requests">
          {requests.map((r) => (
            <li key={r.requestId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="join-request" data-requester={r.label}>
              <span className="min-w-0 break-words">
                <span className="font-medium">{r.label}</span>
                {r.message ? <span className="text-slate-600"> — “{r.message}”</span> : null}
              </span>
              <span className="flex min-w-0 flex-wrap gap-2">
                <ActionButton action={decideJoinRequestAction} input={{ requestId: r.requestId, decision: "approve" }} label="Approve" ariaLabel={`Approve ${r.label}`} variant="primary" size="sm" success={`${r.label} joined the project.`} />
                <ActionButton action={decideJoinRequestAction} input={{ requestId: r.requestId, decision: "decline" }} label="Decline" ariaLabel={`Decline ${r.label}`} size="sm" success={`The request from ${r.label} is declined.`} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
