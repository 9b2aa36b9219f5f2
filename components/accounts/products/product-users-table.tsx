import type { ProductUserRow } from "@/lib/accounts/products/list-product-users";
import { UnassignUserButton } from "./unassign-user-button";

type Props = {
  accountId: string;
  productId: string;
  productName: string;
  rows: ProductUserRow[];
  emptyText: string;
  /** Capability from the page's policy check (UM-5), with the reason when refused. */
  canUnassign: boolean;
  refusalReason?: string;
};

const ADMIN_LABELS = { primary: "Primary admin", secondary: "Secondary admin" } as const;

/** The named users who hold the product. */
export function ProductUsersTable({ accountId, productId, productName, rows, emptyText, canUnassign, refusalReason }: Props) {
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{emptyText}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Users assigned {productName}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2">Admin role</th>
            <th scope="col" className="px-4 py-2 text-right">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.personId}>
              <th scope="row" className="px-4 py-2 font-medium">
                {r.name}
              </th>
              <td className="px-4 py-2 text-slate-600">{r.email}</td>
              <td className="px-4 py-2">{r.status === "invited" ? "Invited" : "Active"}</td>
              <td className="px-4 py-2">{r.adminRole ? ADMIN_LABELS[r.adminRole] : "—"}</td>
              <td className="px-4 py-2 text-right">
                <UnassignUserButton
                  accountId={accountId}
                  productId={productId}
                  productName={productName}
                  personId={r.personId}
                  personName={r.name}
                  disabled={!canUnassign}
                  disabledReason={refusalReason}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
