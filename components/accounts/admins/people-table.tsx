import type { ReactNode } from "react";

/** A small table of people (name, email, actions) with a caption and an empty state. */
export function PeopleTable({ caption, empty, children, count }: { caption: string; empty: string; count: number; children: ReactNode }) {
  if (count === 0) return <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2 text-right">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
