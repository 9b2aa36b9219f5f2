import type { ContractDetails } from "@/lib/contracts/load-contract-details";

/** A classic contract's users and their products, read-only here (HY-2: separate from named users). */
export function ClassicUsersList({ users }: { users: NonNullable<ContractDetails["classicUsers"]> }) {
  return (
    <section aria-labelledby="classic-users" className="flex flex-col gap-2">
      <h2 id="classic-users" className="text-lg font-semibold">
        Classic users <span className="text-sm font-normal text-slate-500">({users.length})</span>
      </h2>
      {users.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">This contract has no classic users.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Classic users of the contract</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Email</th>
                <th scope="col" className="px-4 py-2">Products</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.personId}>
                  <td className="px-4 py-2 font-medium">{u.name}</td>
                  <td className="px-4 py-2 text-slate-600">{u.email}</td>
                  <td className="px-4 py-2">{u.products.length ? u.products.join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
