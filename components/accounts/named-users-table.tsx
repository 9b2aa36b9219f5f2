"use client";

import Link from "next/link";
import { useState } from "react";
import type { NamedUserRow } from "@/lib/accounts/named-users/list-named-users";
import type { NamedUserSort } from "@/lib/accounts/named-users/list-query";
import { BulkBar } from "./users/bulk-bar";

const ADMIN_LABELS = { primary: "Primary admin", secondary: "Secondary admin" } as const;

export type SortLink = { href: string; active: boolean; dir: "asc" | "desc" };

type Props = {
  accountId: string;
  rows: NamedUserRow[];
  emptyText: string;
  sortLinks: Record<NamedUserSort, SortLink>;
  /** Products for the bulk bar; null when the actor may not change many users (the page decided). */
  bulkProducts: { productId: string; name: string }[] | null;
};

function SortHeader({ label, link }: { label: string; link: SortLink }) {
  const state = link.active ? (link.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" className="px-4 py-2" aria-sort={state}>
      <Link href={link.href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true">{link.active ? (link.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">{link.active ? `, sorted ${state}; sort the other way` : `, sort by ${label.toLowerCase()}`}</span>
      </Link>
    </th>
  );
}

/** By User's table: sortable headers (links, so the URL holds the order), row selection for bulk changes. */
export function NamedUsersTable({ accountId, rows, emptyText, sortLinks, bulkProducts }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const canBulk = bulkProducts !== null;
  const all = rows.length > 0 && rows.every((r) => selected.has(r.personId));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <div className="flex flex-col gap-3">
      {/* The bar stays when the list empties (e.g. all removed), so its summary stays on screen. */}
      {canBulk ? <BulkBar accountId={accountId} selected={rows.filter((r) => selected.has(r.personId)).map((r) => r.personId)} products={bulkProducts} onDone={() => setSelected(new Set())} /> : null}
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{emptyText}</p>
      ) : (
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="named-users-table">
          <caption className="sr-only">Named users</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              {canBulk ? (
                <th scope="col" className="w-10 px-4 py-2">
                  <input type="checkbox" aria-label="Select all users on this page" checked={all} onChange={() => setSelected(all ? new Set() : new Set(rows.map((r) => r.personId)))} />
                </th>
              ) : null}
              <SortHeader label="Name" link={sortLinks.name} />
              <SortHeader label="Email" link={sortLinks.email} />
              <SortHeader label="Status" link={sortLinks.status} />
              <th scope="col" className="px-4 py-2">Admin role</th>
              <th scope="col" className="px-4 py-2">Products</th>
              <SortHeader label="Date added" link={sortLinks.added} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.personId} className={selected.has(r.personId) ? "bg-blue-50" : undefined}>
                {canBulk ? (
                  <td className="px-4 py-2">
                    <input type="checkbox" aria-label={`Select ${r.name}`} checked={selected.has(r.personId)} onChange={() => toggle(r.personId)} />
                  </td>
                ) : null}
                <td className="px-4 py-2 font-medium">
                  <Link href={`/accounts/${accountId}/users/${r.personId}`} className="text-blue-700 hover:underline">{r.name}</Link>
                </td>
                <td className="px-4 py-2 text-slate-600">{r.email}</td>
                <td className="px-4 py-2">{r.status === "invited" ? "Invited" : "Active"}</td>
                <td className="px-4 py-2">{r.adminRole ? ADMIN_LABELS[r.adminRole] : "—"}</td>
                <td className="px-4 py-2 text-xs text-slate-700">{r.productCodes.length ? r.productCodes.join(", ") : "—"}</td>
                <td className="px-4 py-2 tabular-nums text-slate-600">{r.addedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
    </div>
  );
}
