import { useState } from "react";
import { bulkChangeNamedUsersAction } from "@/lib/accounts/named-users/actions";
import type { BulkSummary } from "@/lib/accounts/named-users/bulk-change-named-users";
import type { BulkAction } from "@/components/ui/bulk-bar";
import { useServerAction } from "@/components/hooks/use-server-action";

type Change = { kind: "assign" | "unassign"; productId: string } | { kind: "remove" };

/**
 * By User's bulk changes for the shared BulkBar: assign or unassign the chosen product, or
 * remove (UM-5, UM-10); one call, each row decided on its own, the summary kept for the page.
 */
export function useNamedBulkActions(accountId: string, selected: string[], products: { productId: string; name: string }[], onDone: () => void) {
  const [productId, setProductId] = useState(products[0]?.productId ?? "");
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const { run, failure, pending } = useServerAction(bulkChangeNamedUsersAction, { success: (s) => `${s.changed.length} ${s.kind}${s.kind === "remove" ? "d" : "ed"}, ${s.skipped.length} skipped, ${s.refused.length} refused.` });
  const n = selected.length;
  const apply = (change: Change) => {
    setSummary(null);
    run({ accountId, personIds: selected, change }, (s) => {
      setSummary(s);
      onDone();
    });
  };
  const actions: BulkAction[] = [
    ...(products.length
      ? [
          { label: "Assign to selected", onRun: () => apply({ kind: "assign", productId }), disabled: !productId },
          { label: "Unassign from selected", variant: "secondary" as const, onRun: () => apply({ kind: "unassign", productId }), disabled: !productId },
        ]
      : []),
    {
      label: `Remove ${n} selected`,
      onRun: () => apply({ kind: "remove" }),
      confirm: {
        title: `Remove ${n} user${n === 1 ? "" : "s"}?`,
        confirmLabel: "Remove",
        body: "They lose their products and any secondary-admin role in this account (UM-10). The primary admin cannot be removed and will be left as is.",
      },
    },
  ];
  const option = { label: "Product", value: productId, options: products.map((p) => ({ value: p.productId, label: p.name })), onChange: setProductId };
  return { actions, option, pending, failure, summary };
}
