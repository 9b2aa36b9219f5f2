import Link from "next/link";
import type { ProductSeats } from "@/lib/seats/product-seats";
import { DataTable, type Column } from "@/components/ui/data-table";

const full = (r: ProductSeats) => r.available === 0 && r.total > 0;

const columns = (accountId: string): Column<ProductSeats>[] => [
  {
    key: "product",
    header: "Product",
    rowHeader: true,
    cell: (r) => (
      <>
        <Link href={`/accounts/${accountId}/products/${r.productId}`} className="text-blue-700 underline-offset-2 hover:underline">
          {r.name}
        </Link>{" "}
        <span className="text-xs font-normal text-slate-600">{r.code}</span>
      </>
    ),
  },
  { key: "seats", header: "Seats", align: "right", className: "tabular-nums", cell: (r) => r.total },
  { key: "assigned", header: "Assigned", align: "right", className: "tabular-nums", cell: (r) => r.assigned },
  {
    key: "available",
    header: "Available",
    align: "right",
    cell: (r) => (
      <span className={`tabular-nums ${full(r) ? "font-medium text-red-700" : ""}`}>
        {r.available}
        {full(r) ? <span className="sr-only"> (full)</span> : null}
      </span>
    ),
  },
];

/** By Product's list: seats per product, each linking to its page. */
export function ProductSeatsTable({ accountId, rows }: { accountId: string; rows: ProductSeats[] }) {
  return (
    <DataTable
      caption="Seats per product"
      columns={columns(accountId)}
      rows={rows}
      rowKey={(r) => r.productId}
      rowTestId={(r) => `product-row-${r.code}`}
      empty="This account has no products under User Management."
    />
  );
}
