"use client";

import { revokeSsoAdminAction } from "@/app/(portal)/accounts/[accountId]/admins/actions";
import type { AdminsView } from "@/lib/accounts/admins/admins-view";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; admin: AdminsView["ssoAdmins"][number] };

/** An SSO admin's action: the primary admin may revoke the role (HB-1). */
export function SsoAdminActions({ accountId, admin }: Props) {
  const revoke = useServerAction(revokeSsoAdminAction);
  if (!revoke.failure && !admin.revoke.allowed) return null;
  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmButton
        label={revoke.pending ? "Revoking…" : "Revoke"}
        ariaLabel={`Revoke ${admin.name}'s SSO admin role`}
        title={`Revoke ${admin.name}'s SSO admin role?`}
        confirmLabel="Revoke SSO admin"
        onConfirm={() => revoke.run({ accountId, personId: admin.personId })}
        disabled={!admin.revoke.allowed || revoke.pending}
        disabledReason={admin.revoke.reason}
      >
        {admin.name} will no longer create hubs or manage the account&apos;s sign-in settings. Any other role they have stays.
      </ConfirmButton>
      <FailureMessage failure={revoke.failure} />
    </div>
  );
}
