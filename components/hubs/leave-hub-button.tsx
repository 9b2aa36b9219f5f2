"use client";

import { leaveHubAction } from "@/lib/hubs/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";

/**
 * HB-8 Decision: any member may leave a hub themselves (not its last active administrator: the refusal
 * says so). Leaving while deactivated is remembered: only a hub administrator's invitation brings them back.
 */
export function LeaveHubButton({ hubId, hubName, active }: { hubId: string; hubName: string; active: boolean }) {
  const { run, failure, pending } = useServerAction(leaveHubAction);
  return (
    <span className="inline-flex flex-col gap-1">
      <ConfirmButton label="Leave" ariaLabel={`Leave ${hubName}`} title={`Leave ${hubName}?`} confirmLabel="Leave hub" disabled={pending} onConfirm={() => run({ hubId })}>
        <p>
          {active
            ? "You leave the hub and its projects. Coming back takes a new invitation, or a join domain."
            : "You leave the hub and its projects. Your membership is deactivated, so the hub remembers it: only a hub administrator's invitation brings you back, not a join domain (HB-8)."}
        </p>
      </ConfirmButton>
      <FailureMessage failure={failure} />
    </span>
  );
}
