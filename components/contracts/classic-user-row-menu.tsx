"use client";

import { useRef, useState } from "react";
import { removeClassicUsersAction } from "@/lib/contracts/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = {
  accountId: string;
  contractId: string;
  personId: string;
  name: string;
  email: string;
  products: string[];
  /** Why the policy refuses removing users here (CL-3, CL-8), or null when it allows it. */
  removeRefused: string | null;
};

/** A classic user's "…" menu: remove them from the contract, confirmed with what they lose (CL-3, CL-8; HY-2 keeps User Management as it is). */
export function ClassicUserRowMenu({ accountId, contractId, personId, name, email, products, removeRefused }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = useServerAction(removeClassicUsersAction, { success: `Removed ${name} from the contract.` });
  return (
    <span className="inline-flex flex-col items-end">
      <RowMenu
        ref={button}
        label={`Actions for ${name}`}
        items={[{ label: "Remove from this contract", danger: true, disabledReason: removeRefused ?? undefined, onSelect: () => setConfirming(true) }]}
      />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        returnFocusTo={button}
        title={`Remove ${name}?`}
        confirmLabel="Remove"
        onConfirm={() => remove.run({ accountId, contractId, personIds: [personId] })}
      >
        <p>
          {name} ({email}) stops being a classic user of this contract
          {products.length ? ` and loses ${products.join(", ")}` : ""}. Their place in User Management, if any, stays as it is (HY-2).
        </p>
      </ConfirmDialog>
      <FailureMessage failure={remove.failure} />
    </span>
  );
}
