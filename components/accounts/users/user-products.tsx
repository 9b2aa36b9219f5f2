"use client";

import { assignProductAction, unassignProductAction } from "@/app/(portal)/accounts/[accountId]/actions/assignments";
import type { NamedUserProduct } from "@/lib/accounts/named-users/load-named-user";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = {
  accountId: string;
  personId: string;
  products: NamedUserProduct[];
  /** Null when allowed; else the rule's reason (the page decided). */
  assignRefusal: string | null;
  unassignRefusal: string | null;
  noSeatReason: string;
};

function ProductRow({ accountId, personId, product, assignRefusal, unassignRefusal, noSeatReason }: Omit<Props, "products"> & { product: NamedUserProduct }) {
  const assign = useServerAction(assignProductAction);
  const unassign = useServerAction(unassignProductAction);
  const full = !product.assignedToUser && product.available <= 0;
  const reason = product.assignedToUser ? unassignRefusal : (assignRefusal ?? (full ? noSeatReason : null));
  const pending = assign.pending || unassign.pending;
  const input = { accountId, personId, productId: product.productId };
  return (
    <tr data-testid={`product-${product.code}`}>
      <td className="px-4 py-2 font-medium">
        {product.name} <span className="text-xs text-slate-500">{product.code}</span>
      </td>
      <td className="px-4 py-2">{product.assignedToUser ? "Assigned" : "Not assigned"}</td>
      <td className="px-4 py-2 tabular-nums">
        {product.available} of {product.total} left
      </td>
      <td className="px-4 py-2">
        <div className="flex flex-col gap-1">
          {product.assignedToUser ? (
            <Button variant="secondary" disabled={pending || Boolean(reason)} title={reason ?? undefined} onClick={() => unassign.run(input)}>
              {unassign.pending ? "Unassigning…" : `Unassign ${product.name}`}
            </Button>
          ) : (
            <Button variant="secondary" disabled={pending || Boolean(reason)} title={reason ?? undefined} onClick={() => assign.run(input)}>
              {assign.pending ? "Assigning…" : `Assign ${product.name}`}
            </Button>
          )}
          {full ? <p className="text-xs text-slate-600">{noSeatReason}</p> : null}
          <FailureMessage failure={assign.failure ?? unassign.failure} />
        </div>
      </td>
    </tr>
  );
}

/** The user's products with the seats left of each (UM-9), assigned and unassigned with the shared actions (UM-5). */
export function UserProducts({ products, ...rest }: Props) {
  if (products.length === 0) return <p className="text-sm text-slate-600">This account has no products under User Management.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Products</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Product</th>
            <th scope="col" className="px-4 py-2">This user</th>
            <th scope="col" className="px-4 py-2">Seats</th>
            <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {products.map((p) => (
            <ProductRow key={p.productId} product={p} {...rest} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
