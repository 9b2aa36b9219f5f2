import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listProductSeats } from "@/lib/accounts/product-seats";
import { loadAccountFacts } from "@/lib/permissions";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";

export const metadata: Metadata = { title: "By Product" };

/** By Product: seats per product over the account's active named contracts (UM-9). */
export default async function ByProductPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const db = await getDb();
  const decision = authorizePage(await loadAccountFacts(db, actor.personId, accountId), "account.viewByProduct");
  if (!decision.allowed) return <Refusal decision={decision} />;
  const rows = await listProductSeats(db, accountId);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">By Product</h1>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">No products on this account&apos;s contracts.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Seats per product</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Product</th>
                <th scope="col" className="px-4 py-2 text-right">Seats</th>
                <th scope="col" className="px-4 py-2 text-right">Assigned</th>
                <th scope="col" className="px-4 py-2 text-right">Available</th>
                <th scope="col" className="px-4 py-2">Usage</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const pct = r.total ? Math.min(100, Math.round((r.assigned / r.total) * 100)) : 0;
                return (
                  <tr key={r.productId}>
                    <td className="px-4 py-2 font-medium">
                      {r.name} <span className="text-xs text-slate-500">{r.code}</span>
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">{r.total}</td>
                    <td className="px-4 py-2 text-right tabular-nums">{r.assigned}</td>
                    <td className="px-4 py-2 text-right tabular-nums">{r.available}</td>
                    <td className="px-4 py-2">
                      <div className="h-2 w-40 rounded bg-slate-200" role="meter" aria-valuemin={0} aria-valuemax={r.total} aria-valuenow={r.assigned} aria-label={`${r.name}: ${r.assigned} of ${r.total} seats assigned`}>
                        <div className={`h-2 rounded ${pct >= 100 ? "bg-red-600" : "bg-blue-600"}`} style={{ width: `${pct}%` }} />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
