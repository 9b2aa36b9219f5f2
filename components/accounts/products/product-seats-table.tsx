import Link from "next/link";
import type { ProductSeats } from "@/lib/seats/product-seats";

/** By Product's list: seats per product, each linking to its page. */
export function ProductSeatsTable({ accountId, rows }: { accountId: string; rows: ProductSeats[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Seats per product</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Product</th>
            <th scope="col" className="px-4 py-2 text-right">Seats</th>
            <th scope="col" className="px-4 py-2 text-right">Assigned</th>
            <th scope="col" className="px-4 py-2 text-right">Available</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.productId} data-testid={`product-row-${r.code}`}>
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/accounts/${accountId}/products/${r.productId}`} className="text-blue-700 underline-offset-2 hover:underline">
                  {r.name}
                </Link>{" "}
                <span className="text-xs font-normal text-slate-500">{r.code}</span>
              </th>
              <td className="px-4 py-2 text-right tabular-nums">{r.total}</td>
              <td className="px-4 py-2 text-right tabular-nums">{r.assigned}</td>
              <td className={`px-4 py-2 text-right tabular-nums ${r.available === 0 && r.total > 0 ? "font-medium text-red-700" : ""}`}>
                {r.available}
                {r.available === 0 && r.total > 0 ? <span className="sr-only"> (full)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
