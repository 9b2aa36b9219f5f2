import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listProductSeats } from "@/lib/seats/product-seats";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Package } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        title="By Product"
        count={rows.length}
        countLabel={rows.length === 1 ? "product" : "products"}
        description="Seats are summed over the account's active named contracts. Open a product to assign or unassign its users."
      />
      {rows.length === 0 ? (
        <EmptyState icon={Package} title="No products on this account's named contracts.">
          Products appear here when a named contract is purchased for the account (PU-1).
        </EmptyState>
      ) : (
        <>
          <SeatUsageChart id="seat-usage" rows={rows} />
          <ProductSeatsTable accountId={accountId} rows={rows} />
        </>
      )}
    </div>
  );
}
