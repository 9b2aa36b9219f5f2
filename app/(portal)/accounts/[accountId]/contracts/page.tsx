import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listVisibleContracts } from "@/lib/contracts/list-contracts";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { ContractsGroups } from "@/components/accounts/contracts/contracts-groups";

export const metadata: Metadata = { title: "Contracts" };

/**
 * The contracts the person may see, named and classic, grouped (UM-7: everything for the
 * primary admin, named contracts for secondary admins; CL-3, CL-8: their own for contract
 * managers and software coordinators). Read through the SQL scope that mirrors the policy.
 */
export default async function ContractsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "contracts.viewList");
  if (!decision.allowed || !facts?.actor.account) return <Refusal decision={decision} />;
  const rows = await listVisibleContracts(await getDb(), facts.actor.account);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Contracts</h1>
        <p className="mt-1 text-sm text-slate-600">{decision.reason}</p>
      </div>
      <ContractsGroups accountId={accountId} rows={rows} />
    </div>
  );
}
