import Link from "next/link";
import type { NamedUserListQuery } from "@/lib/accounts/named-users/list-query";

type Props = {
  base: string;
  query: NamedUserListQuery;
  products: { productId: string; name: string }[];
  exportHref: string | null;
};

const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

/** Search and filters as a plain GET form: the URL holds the table's state, so views can be shared. */
export function UsersToolbar({ base, query, products, exportHref }: Props) {
  const filtered = Boolean(query.q || query.product || query.role || query.status);
  return (
    <form role="search" action={base} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {query.sort !== "name" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== "asc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="user-search" className="text-xs font-medium text-slate-600">Name or email</label>
        <input id="user-search" name="q" type="search" defaultValue={query.q} placeholder="Search by name or email" className="w-64 rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-product" className="text-xs font-medium text-slate-600">Product</label>
        <select id="filter-product" name="product" defaultValue={query.product ?? ""} className={select}>
          <option value="">Any product</option>
          {products.map((p) => (
            <option key={p.productId} value={p.productId}>{p.name}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-role" className="text-xs font-medium text-slate-600">Admin role</label>
        <select id="filter-role" name="role" defaultValue={query.role ?? ""} className={select}>
          <option value="">Anyone</option>
          <option value="admin">Any admin</option>
          <option value="primary">Primary admin</option>
          <option value="secondary">Secondary admin</option>
          <option value="none">No admin role</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-status" className="text-xs font-medium text-slate-600">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={select}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="invited">Invited</option>
        </select>
      </div>
      <button className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">Apply</button>
      {filtered ? <Link href={base} className="py-2 text-sm text-blue-700 underline">Clear</Link> : null}
      {exportHref ? (
        <a href={exportHref} className="ml-auto rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100" download>
          Export CSV
        </a>
      ) : null}
    </form>
  );
}
