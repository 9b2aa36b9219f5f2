"use client";

import Link from "next/link";
import { useState } from "react";
import type { NamedUserRow } from "@/lib/accounts/named-users/list-named-users";
import type { NamedUserSort } from "@/lib/accounts/named-users/list-query";
import { DataTable, type Column, type SortLink } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";
import { BulkBar } from "@/components/ui/bulk-bar";
import { BulkSummaryView } from "./bulk-summary";
import { useNamedBulkActions } from "./named-bulk-actions";

export type { SortLink } from "@/components/ui/data-table";

const ADMIN_LABELS = { primary: "Primary admin", secondary: "Secondary admin" } as const;

type Props = {
  accountId: string;
  rows: NamedUserRow[];
  emptyText: string;
  sortLinks: Record<NamedUserSort, SortLink>;
  pager: PagerLinks;
  /** Products for the bulk bar; null when the actor may not change many users (the page decided). */
  bulkProducts: { productId: string; name: string }[] | null;
};

const columns = (accountId: string, sort: Record<NamedUserSort, SortLink>): Column<NamedUserRow>[] => [
  {
    key: "name",
    header: "Name",
    sort: sort.name,
    className: "font-medium",
    cell: (r) => (
      <Link href={`/accounts/${accountId}/users/${r.personId}`} className="text-blue-700 hover:underline">
        {r.name}
      </Link>
    ),
  },
  { key: "email", header: "Email", sort: sort.email, className: "text-slate-600", cell: (r) => r.email },
  { key: "status", header: "Status", sort: sort.status, cell: (r) => (r.status === "invited" ? "Invited" : "Active") },
  { key: "admin", header: "Admin role", cell: (r) => (r.adminRole ? ADMIN_LABELS[r.adminRole] : "—") },
  { key: "products", header: "Products", className: "text-xs text-slate-700", cell: (r) => (r.productCodes.length ? r.productCodes.join(", ") : "—") },
  { key: "added", header: "Date added", sort: sort.added, className: "tabular-nums text-slate-600", cell: (r) => r.addedAt.slice(0, 10) },
];

/** By User's table: sortable headers (links, so the URL holds the order), row selection for bulk changes. */
export function NamedUsersTable({ accountId, rows, emptyText, sortLinks, pager, bulkProducts }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const canBulk = bulkProducts !== null;
  const all = rows.length > 0 && rows.every((r) => selected.has(r.personId));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <div className="flex flex-col gap-3">
      {/* The bar stays when the list empties (e.g. all removed), so its summary stays on screen. */}
      {canBulk ? <NamedBulkBar accountId={accountId} selected={rows.filter((r) => selected.has(r.personId)).map((r) => r.personId)} products={bulkProducts} onDone={() => setSelected(new Set())} /> : null}
      <DataTable
        caption="Named users"
        testId="named-users-table"
        columns={columns(accountId, sortLinks)}
        rows={rows}
        rowKey={(r) => r.personId}
        rowClassName={(r) => (selected.has(r.personId) ? "bg-blue-50" : undefined)}
        empty={emptyText}
        pager={pager}
        selection={
          canBulk
            ? {
                isSelected: (r) => selected.has(r.personId),
                toggle: (r) => toggle(r.personId),
                allSelected: all,
                toggleAll: () => setSelected(all ? new Set() : new Set(rows.map((r) => r.personId))),
                allLabel: "Select all users on this page",
                rowLabel: (r) => `Select ${r.name}`,
              }
            : undefined
        }
      />
    </div>
  );
}

/** The shared BulkBar with By User's actions; the summary of the last change stays under it. */
function NamedBulkBar({ accountId, selected, products, onDone }: { accountId: string; selected: string[]; products: { productId: string; name: string }[]; onDone: () => void }) {
  const bulk = useNamedBulkActions(accountId, selected, products, onDone);
  return (
    <BulkBar label="Change the selected users" count={selected.length} option={bulk.option} actions={bulk.actions} pending={bulk.pending} failure={bulk.failure}>
      {bulk.summary ? <BulkSummaryView summary={bulk.summary} /> : null}
    </BulkBar>
  );
}
