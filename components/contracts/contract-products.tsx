import type { ContractDetails } from "@/lib/contracts/load-contract-details";
import { DataTable, type Column } from "@/components/ui/data-table";

type Product = ContractDetails["products"][number];

/**
 * The contract's products with seats and how many are assigned. Classic seats belong to the
 * contract (CL-12); named seats are pooled over the account's active named contracts (UM-9).
 */
export function ContractProducts({ details }: { details: ContractDetails }) {
  const named = details.management === "named";
  const columns: Column<Product>[] = [
    {
      key: "product",
      header: "Product",
      cell: (p) => (
        <>
          {p.name} <span className="font-mono text-xs text-slate-600">{p.code}</span>
        </>
      ),
    },
    { key: "seats", header: "Seats on this contract", align: "right", className: "tabular-nums", cell: (p) => p.seats },
    {
      key: "assigned",
      header: named ? "Assigned in the account / pooled seats" : "Assigned",
      align: "right",
      className: "tabular-nums",
      cell: (p) => (named ? `${p.assigned} / ${p.pooledSeats ?? 0}` : `${p.assigned} of ${p.seats}`),
    },
  ];
  return (
    <section aria-labelledby="contract-products" className="flex flex-col gap-2">
      <h2 id="contract-products" className="text-lg font-semibold">Products</h2>
      {named ? (
        <p className="text-sm text-slate-600">
          Named seats are pooled: named users are assigned products from the seats of all the account&apos;s active named contracts (UM-9).
        </p>
      ) : null}
      <DataTable caption="Products of the contract" columns={columns} rows={details.products} rowKey={(p) => p.productId} empty="This contract has no products." />
    </section>
  );
}
