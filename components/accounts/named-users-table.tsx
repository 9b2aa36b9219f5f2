import type { NamedUserRow } from "@/lib/accounts/list-named-users";

const ADMIN_LABELS = { primary: "Primary admin", secondary: "Secondary admin" } as const;

export function NamedUsersTable({ rows, emptyText }: { rows: NamedUserRow[]; emptyText: string }) {
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{emptyText}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Named users</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2">Admin role</th>
            <th scope="col" className="px-4 py-2 text-right">Products</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.personId}>
              <td className="px-4 py-2 font-medium">{r.name}</td>
              <td className="px-4 py-2 text-slate-600">{r.email}</td>
              <td className="px-4 py-2">{r.status === "invited" ? "Invited" : "Active"}</td>
              <td className="px-4 py-2">{r.adminRole ? ADMIN_LABELS[r.adminRole] : "—"}</td>
              <td className="px-4 py-2 text-right tabular-nums">{r.productCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
