import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listVisibleContracts } from "@/lib/accounts/list-contracts";
import { loadAccountFacts } from "@/lib/permissions";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";

export const metadata: Metadata = { title: "Classic User Management" };

/** Classic User Management: the classic contracts the person may see (UM-7, CL-3, CL-8). */
export default async function ContractsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const db = await getDb();
  const facts = await loadAccountFacts(db, actor.personId, accountId);
  const decision = authorizePage(facts, "account.viewClassic");
  if (!decision.allowed || !facts?.actor.account) return <Refusal decision={decision} />;
  const rows = await listVisibleContracts(db, facts.actor.account, { management: "classic" });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Classic User Management</h1>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">No classic contracts to show.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Classic contracts</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Contract</th>
                <th scope="col" className="px-4 py-2">Channel</th>
                <th scope="col" className="px-4 py-2">Contract manager</th>
                <th scope="col" className="px-4 py-2">Renewal</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2 text-right">Products</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.contractId}>
                  <td className="px-4 py-2 font-mono">{c.number}</td>
                  <td className="px-4 py-2 capitalize">{c.channel}</td>
                  <td className="px-4 py-2">{c.managerName}</td>
                  <td className="px-4 py-2 tabular-nums">{c.renewalDate}</td>
                  <td className="px-4 py-2 capitalize">{c.status}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{c.productCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
