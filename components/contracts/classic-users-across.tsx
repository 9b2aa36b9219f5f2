import Link from "next/link";
import type { ClassicUserRow } from "@/lib/contracts/list-classic-users";
import { CLASSIC_ROLES, CLASSIC_ROLE_LABELS, type ClassicUsersQuery } from "@/lib/contracts/classic-users-query";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";

type Option = { id: string; label: string };
type Props = { accountId: string; rows: ClassicUserRow[]; query: ClassicUsersQuery; contracts: Option[]; products: Option[]; pager: PagerLinks; exportHref: string };

const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm font-normal";

/** Classic users across the contracts the person sees, filtered as Autodesk Account filters them (contract, product, role), searched, in keyset pages, exportable. */
export function ClassicUsersAcross({ accountId, rows, query, contracts, products, pager, exportHref }: Props) {
  const columns: Column<ClassicUserRow>[] = [
    { key: "name", header: "Name", rowHeader: true, className: "font-medium", cell: (r) => <Link className="text-blue-700 underline" href={`/accounts/${accountId}/people/${r.personId}`}>{r.name}</Link> },
    { key: "email", header: "Email", className: "text-slate-600", cell: (r) => r.email },
    { key: "contract", header: "Contract", cell: (r) => <Link className="font-mono text-blue-700 underline" href={`/accounts/${accountId}/contracts/${r.contractId}`}>{r.contractNumber}</Link> },
    { key: "role", header: "Role", cell: (r) => CLASSIC_ROLE_LABELS[r.role] },
    { key: "products", header: "Products", cell: (r) => (r.products.length ? r.products.join(", ") : "—") },
  ];
  return (
    <section aria-labelledby="classic-across" className="flex flex-col gap-3">
      <h2 id="classic-across" className="text-lg font-semibold">Users of my classic contracts</h2>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter classic users">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Search
          <input name="q" type="search" defaultValue={query.q ?? ""} className={select} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Contract
          <select name="contract" defaultValue={query.contract ?? ""} className={select}>
            <option value="">All contracts</option>
            {contracts.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Product
          <select name="product" defaultValue={query.product ?? ""} className={select}>
            <option value="">All products</option>
            {products.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Role
          <select name="role" defaultValue={query.role ?? ""} className={select}>
            <option value="">All roles</option>
            {CLASSIC_ROLES.map((r) => <option key={r} value={r}>{CLASSIC_ROLE_LABELS[r]}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white">Apply</button>
        <a href={exportHref} className="py-2 text-sm text-blue-700 underline" download>Export CSV</a>
      </form>
      <DataTable caption="Users of my classic contracts" columns={columns} rows={rows} rowKey={(r) => `${r.contractId}:${r.personId}:${r.role}`} empty="No classic user matches." pager={pager} testId="classic-across" />
    </section>
  );
}
