import { FileText } from "lucide-react";
import type { ContractRow } from "@/lib/contracts/list-contracts";
import { EmptyState } from "@/components/ui/empty-state";
import { ContractsTable } from "./contracts-table";

const GROUPS = [
  { management: "named", title: "Named contracts", note: "Their seats are assigned to named users in User Management (By User, By Product)." },
  { management: "classic", title: "Classic contracts", note: "Managed per contract in Classic User Management by their contract managers and software coordinators." },
] as const;

/** The contracts the actor may see, grouped by how they are managed (UM-7). Groups without a visible contract are left out. */
export function ContractsGroups({ accountId, rows }: { accountId: string; rows: ContractRow[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState icon={FileText} title="No contracts to show">
        The contracts you see are those your roles give you: all of them for the primary admin, named contracts for secondary admins, and their own for contract managers and software coordinators (UM-7, CL-3, CL-8).
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {GROUPS.map((g) => {
        const group = rows.filter((r) => r.management === g.management);
        if (group.length === 0) return null;
        const headingId = `contracts-${g.management}`;
        return (
          <section key={g.management} aria-labelledby={headingId} className="flex flex-col gap-2">
            <h2 id={headingId} className="text-lg font-semibold">
              {g.title} <span className="text-sm font-normal text-slate-500">({group.length})</span>
            </h2>
            <p className="text-sm text-slate-600">{g.note}</p>
            <ContractsTable accountId={accountId} rows={group} caption={g.title} />
          </section>
        );
      })}
    </div>
  );
}
