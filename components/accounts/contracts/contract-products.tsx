import type { ContractDetails } from "@/lib/contracts/load-contract-details";

/**
 * The contract's products with seats and how many are assigned. Classic seats belong to the
 * contract (CL-12); named seats are pooled over the account's active named contracts (UM-9).
 */
export function ContractProducts({ details }: { details: ContractDetails }) {
  const named = details.management === "named";
  return (
    <section aria-labelledby="contract-products" className="flex flex-col gap-2">
      <h2 id="contract-products" className="text-lg font-semibold">Products</h2>
      {named ? (
        <p className="text-sm text-slate-600">
          Named seats are pooled: named users are assigned products from the seats of all the account&apos;s active named contracts (UM-9).
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Products of the contract</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Product</th>
              <th scope="col" className="px-4 py-2 text-right">Seats on this contract</th>
              <th scope="col" className="px-4 py-2 text-right">{named ? "Assigned in the account / pooled seats" : "Assigned"}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {details.products.map((p) => (
              <tr key={p.productId}>
                <td className="px-4 py-2">
                  {p.name} <span className="font-mono text-xs text-slate-500">{p.code}</span>
                </td>
                <td className="px-4 py-2 text-right tabular-nums">{p.seats}</td>
                <td className="px-4 py-2 text-right tabular-nums">{named ? `${p.assigned} / ${p.pooledSeats ?? 0}` : `${p.assigned} of ${p.seats}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
