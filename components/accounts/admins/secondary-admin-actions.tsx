"use client";

import { changePrimaryAdminAction, removeSecondaryAdminAction } from "@/app/(portal)/accounts/[accountId]/admins/actions";
import type { AdminsView } from "@/lib/accounts/admins/admins-view";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { PrimaryAdminChangePreviewView } from "./primary-admin-change-preview";
import { useServerAction } from "@/components/hooks/use-server-action";

/** `primaryAdminId`: the primary admin this page shows; the change applies only if they still are (UM-2). */
type Props = { accountId: string; admin: AdminsView["secondaries"][number]; primaryAdminId: string | null };

/** A secondary admin's actions: "make primary admin" behind a preview (UM-2) and "remove" behind a confirmation (UM-3). */
export function SecondaryAdminActions({ accountId, admin, primaryAdminId }: Props) {
  const promote = useServerAction(changePrimaryAdminAction);
  const remove = useServerAction(removeSecondaryAdminAction);
  const input = { accountId, personId: admin.personId };
  return (
    <>
      <div className="flex flex-wrap justify-end gap-2">
        <ConfirmButton
          // The person's name is read out but not shown, so the visible words stay part of the accessible name.
          label={promote.pending ? "Changing…" : (
            <>
              Make<span className="sr-only"> {admin.name}</span> primary admin
            </>
          )}
          title={`Make ${admin.name} the primary admin?`}
          confirmLabel="Confirm change of primary admin"
          variant="primary"
          onConfirm={() => promote.run({ ...input, fromPrimaryAdminId: primaryAdminId })}
          disabled={!admin.makePrimary.allowed || promote.pending}
          disabledReason={admin.makePrimary.reason}
        >
          <PrimaryAdminChangePreviewView preview={admin.preview} />
        </ConfirmButton>
        <ConfirmButton
          label={remove.pending ? "Removing…" : "Remove"}
          ariaLabel={`Remove ${admin.name} as secondary admin`}
          title={`Remove ${admin.name} as secondary admin?`}
          confirmLabel="Remove secondary admin"
          onConfirm={() => remove.run(input)}
          disabled={!admin.remove.allowed || remove.pending}
          disabledReason={admin.remove.reason}
        >
          {admin.name} stops being a secondary admin{admin.isActor ? " (you will no longer manage this account's users and admins)" : ""}. They stay a named user
          of the account with their products, and no software coordinator changes (CL-10).
        </ConfirmButton>
      </div>
      <div className="mt-1 text-right">
        <FailureMessage failure={promote.failure ?? remove.failure} />
      </div>
    </>
  );
}
