"use client";

import { useRef, useState } from "react";
import { approveInvitationAction, cancelInvitationAction, rejectInvitationAction, resendInvitationAction } from "@/lib/hubs/invitations/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu, type RowMenuItem } from "@/components/ui/row-menu";

type Answer = { allowed: boolean };
/** Which of HB-7's transitions the policy allows on this row (computed on the server). */
export type InvitationCapabilities = { resend: Answer; cancel: Answer; approve: Answer; reject: Answer };

/**
 * A sent invitation's "…" menu: only the transitions its state allows are offered (an accepted
 * one has none, so no menu). Resend carries the expiry this row shows, so a second resend of
 * the same link sends nothing (HB-7); cancel and reject confirm first.
 */
export function InvitationActions({ invitationId, email, expiresAt, can }: { invitationId: string; email: string; expiresAt: string; can: InvitationCapabilities }) {
  const resend = useServerAction(resendInvitationAction, { success: (d) => d.message });
  const cancel = useServerAction(cancelInvitationAction, { success: `The invitation to ${email} is cancelled.` });
  const approve = useServerAction(approveInvitationAction, { success: `The invitation to ${email} is approved and sent.` });
  const reject = useServerAction(rejectInvitationAction, { success: `The invitation to ${email} is rejected.` });
  const [confirm, setConfirm] = useState<"cancel" | "reject" | null>(null);
  const menu = useRef<HTMLButtonElement>(null);
  const input = { invitationId };
  const items: RowMenuItem[] = [
    ...(can.approve.allowed ? [{ label: "Approve", onSelect: () => approve.run(input) }] : []),
    ...(can.reject.allowed ? [{ label: "Reject", danger: true, onSelect: () => setConfirm("reject") }] : []),
    ...(can.resend.allowed ? [{ label: "Resend", onSelect: () => resend.run({ invitationId, seenExpiresAt: expiresAt }) }] : []),
    ...(can.cancel.allowed ? [{ label: "Cancel invitation", danger: true, onSelect: () => setConfirm("cancel") }] : []),
  ];
  if (items.length === 0) return null;
  const close = (open: boolean) => !open && setConfirm(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu ref={menu} label={`Actions for the invitation to ${email}`} items={items} />
      <ConfirmDialog returnFocusTo={menu} open={confirm === "cancel"} onOpenChange={close} title={`Cancel the invitation to ${email}?`} confirmLabel="Cancel invitation" onConfirm={() => cancel.run(input)}>
        <p>The link in the email stops working at once. You can invite {email} again later (HB-7).</p>
      </ConfirmDialog>
      <ConfirmDialog returnFocusTo={menu} open={confirm === "reject"} onOpenChange={close} title={`Reject the invitation to ${email}?`} confirmLabel="Reject" onConfirm={() => reject.run(input)}>
        <p>The invitation is never sent; the member who asked for it sees it rejected (HB-3).</p>
      </ConfirmDialog>
      <FailureMessage failure={resend.failure ?? cancel.failure ?? approve.failure ?? reject.failure} />
    </div>
  );
}
