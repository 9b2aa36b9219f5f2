"use client";

import { useId, useState } from "react";
import { assignClassicProductAction, removeClassicUsersAction, unassignClassicProductAction } from "@/app/(portal)/accounts/[accountId]/contracts/[contractId]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string; selected: string[]; products: { productId: string; name: string }[]; canManageUsers: boolean; canManageAccess: boolean; onDone: () => void };

/** Assign or unassign a product for the selected classic users, or remove them, in one go (CL-3, CL-8; CL-12 refuses all when seats are short). */
export function ClassicBulkBar({ accountId, contractId, selected, products, canManageUsers, canManageAccess, onDone }: Props) {
  const [productId, setProductId] = useState(products[0]?.productId ?? "");
  const [done, setDone] = useState<string | null>(null);
  const assign = useServerAction(assignClassicProductAction);
  const unassign = useServerAction(unassignClassicProductAction);
  const remove = useServerAction(removeClassicUsersAction);
  const productFieldId = useId();
  const n = selected.length;
  const pending = assign.pending || unassign.pending || remove.pending;
  const base = { accountId, contractId, personIds: selected };
  const finish = (text: string) => {
    setDone(text);
    onDone();
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-3" role="group" aria-label="Change the selected classic users">
        <p className="py-2 text-sm font-medium">{n} selected</p>
        {canManageAccess && products.length ? (
          <>
            <div className="flex flex-col gap-1">
              <label htmlFor={productFieldId} className="text-xs font-medium text-slate-600">Product</label>
              <select id={productFieldId} value={productId} onChange={(e) => setProductId(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
                {products.map((p) => (
                  <option key={p.productId} value={p.productId}>{p.name}</option>
                ))}
              </select>
            </div>
            <Button type="button" disabled={n === 0 || pending} onClick={() => assign.run({ ...base, productId }, (d) => finish(`Assigned to ${d.assigned} user(s).`))}>
              Assign to selected
            </Button>
            <Button type="button" variant="secondary" disabled={n === 0 || pending} onClick={() => unassign.run({ ...base, productId }, (d) => finish(`Unassigned from ${d.unassigned} user(s).`))}>
              Unassign from selected
            </Button>
          </>
        ) : null}
        {canManageUsers ? (
          <ConfirmButton label={`Remove ${n} selected`} title={`Remove ${n} classic user${n === 1 ? "" : "s"}?`} confirmLabel="Remove" disabled={n === 0 || pending} onConfirm={() => remove.run(base, (d) => finish(`Removed ${d.removed} classic user(s).`))}>
            They lose this contract&apos;s products. Their place in User Management, if any, stays as it is (HY-2).
          </ConfirmButton>
        ) : null}
        {done ? <p role="status" className="py-2 text-sm text-green-800">{done}</p> : null}
      </div>
      <FailureMessage failure={assign.failure ?? unassign.failure ?? remove.failure} />
    </div>
  );
}
