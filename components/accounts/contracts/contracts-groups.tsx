import type { ContractRow } from "@/lib/contracts/list-contracts";
import { ContractsTable } from "./contracts-table";

const GROUPS = [
  { management: "named", title: "Named contracts", note: "Their seats are assigned to named users in User Management (By User, By Product)." },
  { management: "classic", title: "Classic contracts", note: "Managed per contract in Classic User Management by their contract managers and software coordinators." },
] as const;

/** The contracts the actor may see, grouped by how they are managed (UM-7). Groups without a visible contract are left out. */
export function ContractsGroups({ accountId, rows }: { accountId: string; rows: ContractRow[] }) {
  if (rows.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">No contracts to show.</p>;
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
