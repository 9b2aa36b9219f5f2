"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { unassignProductAction } from "@/lib/accounts/named-users/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { productQueryKeys } from "./query-keys";

type Props = {
  accountId: string;
  productId: string;
  productName: string;
  personId: string;
  personName: string;
  /** The policy's refusal of unassigning here (UM-5), or undefined when allowed. */
  unassignRefusal?: string;
};

/** A product user's "…" menu: open their page, or take the product away after a confirmation (UM-5). */
export function ProductUserMenu({ accountId, productId, productName, personId, personName, unassignRefusal }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const menu = useRef<HTMLButtonElement>(null);
  const unassign = useServerAction(unassignProductAction, {
    success: `${productName} was unassigned from ${personName}.`,
    invalidate: [productQueryKeys.root(accountId, productId)],
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu
        ref={menu}
        label={`Actions for ${personName}`}
        items={[
          { label: "Open user page", onSelect: () => router.push(`/accounts/${accountId}/users/${personId}`) },
          { label: `Unassign ${productName}`, danger: true, onSelect: () => setConfirming(true), ...(unassignRefusal ? { disabledReason: unassignRefusal } : {}) },
        ]}
      />
      <ConfirmDialog
        returnFocusTo={menu}
        open={confirming}
        onOpenChange={setConfirming}
        title={`Unassign ${productName} from ${personName}?`}
        confirmLabel="Unassign"
        onConfirm={() => unassign.run({ accountId, productId, personId })}
      >
        <p>
          {personName} loses access to {productName}, and the seat becomes available to someone else.
        </p>
      </ConfirmDialog>
      <FailureMessage failure={unassign.failure} />
    </div>
  );
}
