"use client";

import { approveInvitationAction, cancelInvitationAction, rejectInvitationAction, resendInvitationAction } from "@/app/(portal)/hubs/[hubId]/invitations/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";

/** Which of HB-7's transitions the policy allows on this row (computed on the server). */
export type InvitationCapabilities = { resend: boolean; cancel: boolean; approve: boolean; reject: boolean };

/** A sent invitation's row actions: only the transitions its state allows are offered. */
export function InvitationActions({ invitationId, email, can }: { invitationId: string; email: string; can: InvitationCapabilities }) {
  const resend = useServerAction(resendInvitationAction);
  const cancel = useServerAction(cancelInvitationAction);
  const approve = useServerAction(approveInvitationAction);
  const reject = useServerAction(rejectInvitationAction);
  const busy = resend.pending || cancel.pending || approve.pending || reject.pending;
  const input = { invitationId };
  return (
    <div className="flex flex-wrap items-start gap-2">
      {can.approve ? (
        <Button type="button" disabled={busy} aria-label={`Approve the invitation to ${email}`} onClick={() => approve.run(input)}>
          Approve
        </Button>
      ) : null}
      {can.reject ? (
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Reject the invitation to ${email}`} onClick={() => reject.run(input)}>
          Reject
        </Button>
      ) : null}
      {can.resend ? (
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Resend the invitation to ${email}`} onClick={() => resend.run(input)}>
          Resend
        </Button>
      ) : null}
      {can.cancel ? (
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Cancel the invitation to ${email}`} onClick={() => cancel.run(input)}>
          Cancel
        </Button>
      ) : null}
      <FailureMessage failure={resend.failure ?? cancel.failure ?? approve.failure ?? reject.failure} />
    </div>
  );
}
