import Link from "next/link";
import type { ContractRow } from "@/lib/contracts/list-contracts";
import { BILLING_LABELS, CHANNEL_LABELS, STATUS_LABELS } from "./labels";

/** One group of contracts (named or classic) with their products and seats; each row opens the contract. */
export function ContractsTable({ accountId, rows, caption }: { accountId: string; rows: ContractRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Contract</th>
            <th scope="col" className="px-4 py-2">Products and seats</th>
            <th scope="col" className="px-4 py-2">Contract manager</th>
            <th scope="col" className="px-4 py-2">Channel</th>
            <th scope="col" className="px-4 py-2">Renewal</th>
            <th scope="col" className="px-4 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.contractId} data-testid="contract-row">
              <td className="px-4 py-2 font-mono">
                <Link className="text-blue-700 underline" href={`/accounts/${accountId}/contracts/${c.contractId}`}>
                  {c.number}
                </Link>
              </td>
              <td className="px-4 py-2">
                <ul>
                  {c.products.map((p) => (
                    <li key={p.code}>
                      {p.name} <span className="tabular-nums text-slate-600">× {p.seats}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-4 py-2">{c.managerName}</td>
              <td className="px-4 py-2">{CHANNEL_LABELS[c.channel]}</td>
              <td className="px-4 py-2 tabular-nums">
                {c.renewalDate}
                <span className="block text-xs text-slate-500">{c.autoRenew ? "Auto-renews" : "No auto-renew"}</span>
              </td>
              <td className="px-4 py-2">
                {STATUS_LABELS[c.status]}
                <span className="block text-xs text-slate-500">{BILLING_LABELS[c.billingState]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
