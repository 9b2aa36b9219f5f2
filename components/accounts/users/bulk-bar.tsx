"use client";

import { useId, useState } from "react";
import { bulkChangeNamedUsersAction } from "@/app/(portal)/accounts/[accountId]/users/actions";
import type { BulkSummary } from "@/lib/accounts/named-users/bulk-change-named-users";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { BulkSummaryView } from "./bulk-summary";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; selected: string[]; products: { productId: string; name: string }[]; onDone: () => void };

/** Assign or unassign a product, or remove, for the selected users in one go (UM-5); each row is still decided on its own. */
export function BulkBar({ accountId, selected, products, onDone }: Props) {
  const [kind, setKind] = useState<"assign" | "unassign" | "remove">("assign");
  const [productId, setProductId] = useState(products[0]?.productId ?? "");
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const { run, failure, pending } = useServerAction(bulkChangeNamedUsersAction);
  const kindId = useId();
  const productFieldId = useId();
  const n = selected.length;
  const apply = () => {
    setSummary(null);
    run({ accountId, personIds: selected, change: kind === "remove" ? { kind } : { kind, productId } }, (s) => {
      setSummary(s);
      onDone();
    });
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-3" role="group" aria-label="Change the selected users">
        <p className="py-2 text-sm font-medium">{n} selected</p>
        <div className="flex flex-col gap-1">
          <label htmlFor={kindId} className="text-xs font-medium text-slate-600">Action</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            <option value="assign">Assign a product</option>
            <option value="unassign">Unassign a product</option>
            <option value="remove">Remove from the account</option>
          </select>
        </div>
        {kind !== "remove" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={productFieldId} className="text-xs font-medium text-slate-600">Product</label>
            <select id={productFieldId} value={productId} onChange={(e) => setProductId(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
              {products.map((p) => (
                <option key={p.productId} value={p.productId}>{p.name}</option>
              ))}
            </select>
          </div>
        ) : null}
        {kind === "remove" ? (
          <ConfirmButton label={pending ? "Removing…" : `Remove ${n} selected`} title={`Remove ${n} user${n === 1 ? "" : "s"}?`} confirmLabel="Remove" onConfirm={apply} disabled={n === 0 || pending}>
            They lose their products and any secondary-admin role in this account (UM-10). The primary admin cannot be removed and will be left as is.
          </ConfirmButton>
        ) : (
          <Button type="button" onClick={apply} disabled={n === 0 || pending || !productId}>
            {pending ? "Applying…" : "Apply to selected"}
          </Button>
        )}
      </div>
      <FailureMessage failure={failure} />
      {summary ? <BulkSummaryView summary={summary} /> : null}
    </div>
  );
}
