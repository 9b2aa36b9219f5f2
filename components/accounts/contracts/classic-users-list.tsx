import type { ContractDetails } from "@/lib/contracts/load-contract-details";
import { DataTable, type Column } from "@/components/ui/data-table";

type ClassicUser = NonNullable<ContractDetails["classicUsers"]>[number];
const COLUMNS: readonly Column<ClassicUser>[] = [
  { key: "name", header: "Name", className: "font-medium", cell: (u) => u.name },
  { key: "email", header: "Email", className: "text-slate-600", cell: (u) => u.email },
  { key: "products", header: "Products", cell: (u) => (u.products.length ? u.products.join(", ") : "—") },
];

/** A classic contract's users and their products, read-only here (HY-2: separate from named users). */
export function ClassicUsersList({ users }: { users: ClassicUser[] }) {
  return (
    <section aria-labelledby="classic-users" className="flex flex-col gap-2">
      <h2 id="classic-users" className="text-lg font-semibold">
        Classic users <span className="text-sm font-normal text-slate-600">({users.length})</span>
      </h2>
      <DataTable caption="Classic users of the contract" columns={COLUMNS} rows={users} rowKey={(u) => u.personId} empty="This contract has no classic users." />
    </section>
  );
}
