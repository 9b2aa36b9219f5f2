import Link from "next/link";
import type { ContractRow } from "@/lib/contracts/list-contracts";
import { DataTable, type Column } from "@/components/ui/data-table";
import { BILLING_LABELS, CHANNEL_LABELS, STATUS_LABELS } from "./labels";

const columns = (accountId: string): Column<ContractRow>[] => [
  {
    key: "number",
    header: "Contract",
    className: "font-mono",
    cell: (c) => (
      <Link className="text-blue-700 underline" href={`/accounts/${accountId}/contracts/${c.contractId}`}>
        {c.number}
      </Link>
    ),
  },
  {
    key: "products",
    header: "Products and seats",
    cell: (c) => (
      <ul>
        {c.products.map((p) => (
          <li key={p.code}>
            {p.name} <span className="tabular-nums text-slate-600">{p.assigned === null ? `× ${p.seats}` : `${p.assigned} of ${p.seats} used`}</span>
          </li>
        ))}
      </ul>
    ),
  },
  { key: "manager", header: "Contract manager", cell: (c) => c.managerName },
  { key: "coordinator", header: "Software coordinator", cell: (c) => (c.management === "classic" ? (c.coordinatorName ?? "None") : "—") },
  { key: "channel", header: "Channel", cell: (c) => CHANNEL_LABELS[c.channel] },
  {
    key: "renewal",
    header: "Renewal",
    className: "tabular-nums",
    cell: (c) => (
      <>
        {c.renewalDate}
        <span className="block text-xs text-slate-600">{c.autoRenew ? "Auto-renews" : "No auto-renew"}</span>
      </>
    ),
  },
  {
    key: "status",
    header: "Status",
    cell: (c) => (
      <>
        {STATUS_LABELS[c.status]}
        <span className="block text-xs text-slate-600">{BILLING_LABELS[c.billingState]}</span>
      </>
    ),
  },
];

/** One group of contracts (named or classic) with their products and seats; each row opens the contract. */
export function ContractsTable({ accountId, rows, caption }: { accountId: string; rows: ContractRow[]; caption: string }) {
  return <DataTable caption={caption} columns={columns(accountId)} rows={rows} rowKey={(c) => c.contractId} rowTestId={() => "contract-row"} empty="No contracts to show." />;
}
