"use client";

import { useRouter } from "next/navigation";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/hubs/invitations/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";

/** Accept or decline one invitation (HB-7). Accepting goes to the hub; declining refreshes the page. */
export function AnswerInvitation({ invitationId, what }: { invitationId: string; what: string }) {
  const router = useRouter();
  const accept = useServerAction(acceptInvitationAction);
  const decline = useServerAction(declineInvitationAction);
  const busy = accept.pending || decline.pending;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={busy} aria-label={`Accept the invitation to ${what}`} onClick={() => accept.run({ invitationId }, (d) => router.push(`/hubs/${(d as { hubId: string }).hubId}`))}>
          Accept
        </Button>
        <Button type="button" variant="secondary" disabled={busy} aria-label={`Decline the invitation to ${what}`} onClick={() => decline.run({ invitationId })}>
          Decline
        </Button>
      </div>
      <FailureMessage failure={accept.failure ?? decline.failure} />
    </div>
  );
}
