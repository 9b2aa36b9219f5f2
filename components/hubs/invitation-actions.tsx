"use client";

import { useState } from "react";
import { approveInvitationAction, cancelInvitationAction, rejectInvitationAction, resendInvitationAction } from "@/app/(portal)/hubs/[hubId]/invitations/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";

/** Which of HB-7's transitions the policy allows on this row (computed on the server). */
export type InvitationCapabilities = { resend: boolean; cancel: boolean; approve: boolean; reject: boolean };

/**
 * A sent invitation's row actions: only the transitions its state allows are offered. Resend
 * carries the expiry this row shows, so a second resend of the same link sends nothing (HB-7).
 */
export function InvitationActions({ invitationId, email, expiresAt, can }: { invitationId: string; email: string; expiresAt: string; can: InvitationCapabilities }) {
  const [done, setDone] = useState<string | null>(null);
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
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Resend the invitation to ${email}`} onClick={() => resend.run({ invitationId, seenExpiresAt: expiresAt }, (d) => setDone(d.message))}>
          Resend
        </Button>
      ) : null}
      {can.cancel ? (
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Cancel the invitation to ${email}`} onClick={() => cancel.run(input)}>
          Cancel
        </Button>
      ) : null}
      {done ? <span role="status" className="text-sm text-green-800">{done}</span> : null}
      <FailureMessage failure={resend.failure ?? cancel.failure ?? approve.failure ?? reject.failure} />
    </div>
  );
}
