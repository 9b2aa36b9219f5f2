"use client";

import { assignProductAction, unassignProductAction } from "@/lib/accounts/named-users/actions";
import type { NamedUserProduct } from "@/lib/accounts/named-users/load-named-user";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
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

function ProductActions({ accountId, personId, product, assignRefusal, unassignRefusal, noSeatReason }: Omit<Props, "products"> & { product: NamedUserProduct }) {
  const assign = useServerAction(assignProductAction);
  const unassign = useServerAction(unassignProductAction);
  const full = !product.assignedToUser && product.available <= 0;
  const reason = product.assignedToUser ? unassignRefusal : (assignRefusal ?? (full ? noSeatReason : null));
  const pending = assign.pending || unassign.pending;
  const input = { accountId, personId, productId: product.productId };
  return (
    <div className="flex flex-col items-start gap-1 text-left">
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
  );
}

const COLUMNS: readonly Column<NamedUserProduct>[] = [
  {
    key: "product",
    header: "Product",
    className: "font-medium",
    cell: (p) => (
      <>
        {p.name} <span className="text-xs text-slate-600">{p.code}</span>
      </>
    ),
  },
  { key: "user", header: "This user", cell: (p) => (p.assignedToUser ? "Assigned" : "Not assigned") },
  { key: "seats", header: "Seats", className: "tabular-nums", cell: (p) => `${p.available} of ${p.total} left` },
];

/** The user's products with the seats left of each (UM-9), assigned and unassigned with the shared actions (UM-5). */
export function UserProducts({ products, ...rest }: Props) {
  return (
    <DataTable
      caption="Products"
      columns={COLUMNS}
      rows={products}
      rowKey={(p) => p.productId}
      rowTestId={(p) => `product-${p.code}`}
      empty="This account has no products under User Management."
      actions={(p) => <ProductActions product={p} {...rest} />}
    />
  );
}
