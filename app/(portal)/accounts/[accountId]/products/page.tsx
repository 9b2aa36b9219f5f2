import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listProductSeats } from "@/lib/seats/product-seats";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { ProductSeatsTable } from "@/components/accounts/products/product-seats-table";
import { SeatUsageChart } from "@/components/accounts/products/seat-usage-chart";

export const metadata: Metadata = { title: "By Product" };

/** By Product: seats per product over the account's active named contracts (UM-9, HY-1, UM-7). */
export default async function ByProductPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const decision = authorizePage(await requestAccountFacts(accountId), "account.viewByProduct");
  if (!decision.allowed) return <Refusal decision={decision} />;
  const rows = await listProductSeats(await getDb(), accountId);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">By Product</h1>
      <p className="text-sm text-slate-600">Seats are summed over the account&apos;s active named contracts. Open a product to assign or unassign its users.</p>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">No products on this account&apos;s named contracts.</p>
      ) : (
        <>
          <SeatUsageChart id="seat-usage" rows={rows} />
          <ProductSeatsTable accountId={accountId} rows={rows} />
        </>
      )}
    </div>
  );
}
