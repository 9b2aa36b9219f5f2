import Link from "next/link";
import { MISMATCH_WHY, type MismatchRow } from "@/lib/contracts/list-mismatches";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";

/** Where to act on a line: the contract (coordinator, hand-over), By User, or the person across both views. */
function actHref(accountId: string, r: MismatchRow): string {
  if ((r.kind === "no_coordinator" || r.kind === "manager_not_admin") && r.contractId) return `/accounts/${accountId}/contracts/${r.contractId}`;
  if (r.kind === "named_not_classic") return `/accounts/${accountId}/users/${r.personId}`;
  return `/accounts/${accountId}/people/${r.personId}`;
}

/** The mismatch report's lines: what differs, why it can (the independence rules), and where to act. */
export function MismatchTable({ accountId, rows, pager }: { accountId: string; rows: MismatchRow[]; pager: PagerLinks }) {
  const columns: Column<MismatchRow>[] = [
    { key: "what", header: "What", rowHeader: true, className: "font-medium", cell: (r) => MISMATCH_WHY[r.kind].title },
    { key: "who", header: "Who or which", cell: (r) => (<>{r.label}<span className="block text-xs text-slate-600">{r.detail}</span></>) },
    { key: "why", header: "Why it can happen", className: "text-sm text-slate-700", cell: (r) => MISMATCH_WHY[r.kind].why },
    { key: "act", header: "Where to act", cell: (r) => <Link className="text-blue-700 underline" href={actHref(accountId, r)}>Open</Link> },
  ];
  return <DataTable caption="Differences between the two views" columns={columns} rows={rows} rowKey={(r) => `${r.kind}:${r.key}`} empty="No differences of this kind: User Management and Classic User Management agree." pager={pager} testId="mismatches" alignTop />;
}
