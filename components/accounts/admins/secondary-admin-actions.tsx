"use client";

import { useRef, useState } from "react";
import { changePrimaryAdminAction, removeSecondaryAdminAction } from "@/lib/accounts/admins/actions";
import type { AdminsView } from "@/lib/accounts/admins/admins-view";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { PrimaryAdminChangePreviewView } from "./primary-admin-change-preview";
import { useServerAction } from "@/components/hooks/use-server-action";

/** `primaryAdminId`: the primary admin this page shows; the change applies only if they still are (UM-2). */
type Props = { accountId: string; admin: AdminsView["secondaries"][number]; primaryAdminId: string | null };

/**
 * A secondary admin's "…" menu: "make primary admin" confirmed with the change's preview (UM-2,
 * UM-8, CL-10, CL-11) and "remove" confirmed with what it does (UM-3); a refused item says why.
 */
export function SecondaryAdminActions({ accountId, admin, primaryAdminId }: Props) {
  const promote = useServerAction(changePrimaryAdminAction, { success: `${admin.name} is now the primary admin.` });
  const remove = useServerAction(removeSecondaryAdminAction, { success: `${admin.name} is no longer a secondary admin.` });
  const [confirm, setConfirm] = useState<"promote" | "remove" | null>(null);
  const menu = useRef<HTMLButtonElement>(null);
  const input = { accountId, personId: admin.personId };
  const close = (open: boolean) => !open && setConfirm(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu
        ref={menu}
        label={`Actions for ${admin.name}`}
        items={[
          { label: "Make primary admin", onSelect: () => setConfirm("promote"), ...(admin.makePrimary.allowed ? {} : { disabledReason: admin.makePrimary.reason }) },
          { label: "Remove as secondary admin", danger: true, onSelect: () => setConfirm("remove"), ...(admin.remove.allowed ? {} : { disabledReason: admin.remove.reason }) },
        ]}
      />
      <ConfirmDialog
        returnFocusTo={menu}
        open={confirm === "promote"}
        onOpenChange={close}
        title={`Make ${admin.name} the primary admin?`}
        confirmLabel="Confirm change of primary admin"
        variant="primary"
        onConfirm={() => promote.run({ ...input, fromPrimaryAdminId: primaryAdminId })}
      >
        <PrimaryAdminChangePreviewView preview={admin.preview} />
      </ConfirmDialog>
      <ConfirmDialog returnFocusTo={menu} open={confirm === "remove"} onOpenChange={close} title={`Remove ${admin.name} as secondary admin?`} confirmLabel="Remove secondary admin" onConfirm={() => remove.run(input)}>
        <p>
          {admin.name} stops being a secondary admin{admin.isActor ? " (you will no longer manage this account's users and admins)" : ""}. They stay a named user of
          the account with their products, and no software coordinator changes (CL-10).
        </p>
      </ConfirmDialog>
      <FailureMessage failure={promote.failure ?? remove.failure} />
    </div>
  );
}
