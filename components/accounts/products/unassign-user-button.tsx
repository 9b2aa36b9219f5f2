"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { unassignProductAction } from "@/app/(portal)/accounts/[accountId]/actions/assignments";
import type { Failure } from "@/lib/actions/result";
import { settleAction } from "@/components/hooks/use-server-action";
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
  const router = useRouter();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  function unassign() {
    setFailure(null);
    startTransition(async () => {
      const result = await settleAction(() => unassignProductAction({ accountId, productId, personId }));
      if (!result.ok) {
        setFailure(result);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: productQueryKeys.root(accountId, productId) });
      router.refresh();
    });
  }

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
