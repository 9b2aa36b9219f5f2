"use client";

import { useState, type ReactNode } from "react";
import type { ClassicUserLine, ContractProductDetails } from "@/lib/contracts/load-contract-details";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";
import { BulkBar } from "@/components/ui/bulk-bar";
import { useClassicBulkActions } from "./classic-bulk-actions";
import { ProductToggle } from "./product-toggle";
import { ClassicUserRowMenu } from "./classic-user-row-menu";

type Props = {
  accountId: string;
  contractId: string;
  users: ClassicUserLine[];
  products: ContractProductDetails[];
  canManageUsers: boolean;
  canManageAccess: boolean;
  readOnlyReason: string | null;
  noSeatReason: string;
  /** The search in the URL (the server searched), and the keyset pages' links. */
  q: string;
  pager: PagerLinks;
  /** The tab header's primary action ("Add classic users"), for those who may add. */
  addUsers?: ReactNode;
};

/** A classic contract's users: search, select, and each user's products as toggles for those who manage them (CL-3, CL-8). */
export function ClassicUsersManager({ accountId, contractId, users, products, canManageUsers, canManageAccess, readOnlyReason, noSeatReason, q, pager, addUsers }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const shown = users;
  const manages = canManageUsers || canManageAccess;
  const productsCell = (u: ClassicUserLine) =>
    canManageAccess ? (
      <span className="flex flex-wrap gap-1">
        {products.map((p) => (
          <ProductToggle key={p.productId} {...{ accountId, contractId, noSeatReason }} personId={u.personId} personName={u.name} productId={p.productId} productName={p.name} held={u.productIds.includes(p.productId)} full={p.assigned >= p.seats} />
        ))}
      </span>
    ) : u.products.length ? (
      u.products.join(", ")
    ) : (
      "—"
    );
  const columns: Column<ClassicUserLine>[] = [
    { key: "name", header: "Name", rowHeader: true, className: "font-medium", cell: (u) => u.name },
    { key: "email", header: "Email", className: "text-slate-600", cell: (u) => u.email },
    { key: "products", header: "Products", cell: productsCell },
    ...(manages
      ? [{ key: "actions", header: "Actions", hideHeader: true, align: "right" as const, cell: (u: ClassicUserLine) => <ClassicUserRowMenu {...{ accountId, contractId }} personId={u.personId} name={u.name} email={u.email} products={u.products} removeRefused={canManageUsers ? null : readOnlyReason} /> }]
      : []),
  ];
  const toggle = (u: ClassicUserLine) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(u.personId)) next.add(u.personId);
      return next;
    });
  return (
    <section aria-labelledby="classic-users" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="classic-users" className="text-lg font-semibold">
          Classic users
        </h2>
        {addUsers}
      </div>
      <p className="text-sm text-slate-600">Classic users are separate from By User: adding or removing someone here does not change User Management (HY-2).</p>
      {readOnlyReason && !manages ? <p className="text-sm text-slate-600" data-testid="classic-read-only">{readOnlyReason}</p> : null}
      <form method="get" role="search" aria-label="Search classic users" className="flex items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700 sm:w-80">
          Search classic users
          <input type="search" name="q" defaultValue={q} className="rounded-md border border-slate-300 px-3 py-2 text-sm font-normal" />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Search</button>
      </form>
      {manages ? (
        <ClassicBulkBar accountId={accountId} contractId={contractId} selected={[...selected]} products={products} canManageUsers={canManageUsers} canManageAccess={canManageAccess} onDone={() => setSelected(new Set())} />
      ) : null}
      <DataTable
        caption="Classic users of the contract"
        columns={columns}
        rows={shown}
        rowKey={(u) => u.personId}
        empty={q ? "No classic user matches this search." : "This contract has no classic users."}
        pager={pager}
        selection={
          manages
            ? {
                isSelected: (u) => selected.has(u.personId),
                toggle,
                allSelected: shown.length > 0 && shown.every((u) => selected.has(u.personId)),
                toggleAll: () => setSelected((s) => (shown.every((u) => s.has(u.personId)) ? new Set() : new Set(shown.map((u) => u.personId)))),
                allLabel: "Select all shown classic users",
                rowLabel: (u) => `Select ${u.name}`,
              }
            : undefined
        }
      />
    </section>
  );
}

/** The shared BulkBar with the classic contract's actions. */
function ClassicBulkBar(props: Parameters<typeof useClassicBulkActions>[0]) {
  const bulk = useClassicBulkActions(props);
  return <BulkBar label="Change the selected classic users" count={props.selected.length} option={bulk.option} actions={bulk.actions} pending={bulk.pending} done={bulk.done} failure={bulk.failure} />;
}
