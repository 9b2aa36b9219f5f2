"use client";

import { useRef, useState } from "react";
import { revokeSsoAdminAction } from "@/lib/accounts/admins/actions";
import type { AdminsView } from "@/lib/accounts/admins/admins-view";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; admin: AdminsView["ssoAdmins"][number] };

/** An SSO admin's "…" menu: the primary admin may revoke the role (HB-1); others see no menu (the section says why). */
export function SsoAdminActions({ accountId, admin }: Props) {
  const revoke = useServerAction(revokeSsoAdminAction, { success: `${admin.name} is no longer an SSO admin.` });
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLButtonElement>(null);
  if (!revoke.failure && !admin.revoke.allowed) return null;
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu
        ref={menu}
        label={`Actions for ${admin.name}`}
        items={[{ label: "Revoke SSO admin role", danger: true, onSelect: () => setOpen(true), ...(admin.revoke.allowed ? {} : { disabledReason: admin.revoke.reason }) }]}
      />
      <ConfirmDialog
        returnFocusTo={menu}
        open={open}
        onOpenChange={setOpen}
        title={`Revoke ${admin.name}'s SSO admin role?`}
        confirmLabel="Revoke SSO admin"
        onConfirm={() => revoke.run({ accountId, personId: admin.personId })}
      >
        <p>{admin.name} will no longer create hubs or manage the account&apos;s sign-in settings. Any other role they have stays.</p>
      </ConfirmDialog>
      <FailureMessage failure={revoke.failure} />
    </div>
  );
}
