"use client";

import { unassignProductAction } from "@/app/(portal)/accounts/[accountId]/actions/assignments";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { productQueryKeys } from "./query-keys";

type Props = {
  accountId: string;
  productId: string;
  productName: string;
  personId: string;
  personName: string;
  disabled?: boolean;
  disabledReason?: string;
};

/** Takes the product away from one user, after a confirmation (UM-5). */
export function UnassignUserButton({ accountId, productId, productName, personId, personName, disabled, disabledReason }: Props) {
  const { run, failure, pending } = useServerAction(unassignProductAction, { success: `${productName} was unassigned from ${personName}.`, invalidate: [productQueryKeys.root(accountId, productId)] });
  const unassign = () => run({ accountId, productId, personId });

  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmButton
        label={pending ? "Unassigning…" : "Unassign"}
        ariaLabel={`Unassign ${productName} from ${personName}`}
        title={`Unassign ${productName} from ${personName}?`}
        confirmLabel="Unassign"
        onConfirm={unassign}
        disabled={disabled || pending}
        disabledReason={disabledReason}
      >
        {personName} loses access to {productName}, and the seat becomes available to someone else.
      </ConfirmButton>
      <FailureMessage failure={failure} />
    </div>
  );
}
