import { useState } from "react";
import { assignClassicProductAction, removeClassicUsersAction, unassignClassicProductAction } from "@/lib/contracts/actions";
import type { BulkAction } from "@/components/ui/bulk-bar";
import { useServerAction } from "@/components/hooks/use-server-action";

type Input = { accountId: string; contractId: string; selected: string[]; products: { productId: string; name: string }[]; canManageUsers: boolean; canManageAccess: boolean; onDone: () => void };

/**
 * A classic contract's bulk changes for the shared BulkBar: assign or unassign the chosen
 * product (CL-3, CL-8; CL-12 refuses all when seats are short), remove (confirmed); only the
 * actions the actor's role allows are offered.
 */
export function useClassicBulkActions({ accountId, contractId, selected, products, canManageUsers, canManageAccess, onDone }: Input) {
  const [productId, setProductId] = useState(products[0]?.productId ?? "");
  const [done, setDone] = useState<string | null>(null);
  const assign = useServerAction(assignClassicProductAction, { success: (d) => `Assigned to ${d.assigned} user(s).` });
  const unassign = useServerAction(unassignClassicProductAction, { success: (d) => `Unassigned from ${d.unassigned} user(s).` });
  const remove = useServerAction(removeClassicUsersAction, { success: (d) => `Removed ${d.removed} classic user(s).` });
  const n = selected.length;
  const base = { accountId, contractId, personIds: selected };
  const finish = (text: string) => {
    setDone(text);
    onDone();
  };
  const access = canManageAccess && products.length > 0;
  const actions: BulkAction[] = [
    ...(access
      ? [
          { label: "Assign to selected", onRun: () => assign.run({ ...base, productId }, (d) => finish(`Assigned to ${d.assigned} user(s).`)) },
          { label: "Unassign from selected", variant: "secondary" as const, onRun: () => unassign.run({ ...base, productId }, (d) => finish(`Unassigned from ${d.unassigned} user(s).`)) },
        ]
      : []),
    ...(canManageUsers
      ? [
          {
            label: `Remove ${n} selected`,
            onRun: () => remove.run(base, (d) => finish(`Removed ${d.removed} classic user(s).`)),
            confirm: {
              title: `Remove ${n} classic user${n === 1 ? "" : "s"}?`,
              confirmLabel: "Remove",
              body: "They lose this contract's products. Their place in User Management, if any, stays as it is (HY-2).",
            },
          },
        ]
      : []),
  ];
  return {
    actions,
    option: access ? { label: "Product", value: productId, options: products.map((p) => ({ value: p.productId, label: p.name })), onChange: setProductId } : undefined,
    pending: assign.pending || unassign.pending || remove.pending,
    failure: assign.failure ?? unassign.failure ?? remove.failure,
    done,
  };
}
