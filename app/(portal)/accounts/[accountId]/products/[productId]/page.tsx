import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { openProductWith } from "@/lib/accounts/products/open-product";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { listProductUsers, productUserListQuery } from "@/lib/accounts/products/list-product-users";
import { decodeNameCursor } from "@/lib/accounts/products/product-user-cursor";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { AssignUsersPicker } from "@/components/accounts/products/assign-users-picker";
import { ProductUsersTable } from "@/components/accounts/products/product-users-table";
import { SeatUsageChart } from "@/components/accounts/products/seat-usage-chart";

export const metadata: Metadata = { title: "Product" };

type Props = {
  params: Promise<{ accountId: string; productId: string }>;
  searchParams: Promise<SearchParams>;
};

/** A product's seats and assigned users, with "Assign users" (UM-5, UM-9). The URL holds search and position. */
export default async function ProductPage({ params, searchParams }: Props) {
  const p = await params;
  const accountId = requireUuid(p.accountId);
  const productId = requireUuid(p.productId);
  const db = await getDb();
  const opened = await openProductWith(db, await requestAccountFacts(accountId), productId);
  if (!opened.ok) {
    if (opened.code === "denied") return <Refusal decision={opened} />;
    notFound();
  }
  const { seats, manage } = opened.data;
  // A search or position that cannot be read is said, not quietly replaced (and never queried).
  const read = await readPageQuery(searchParams, productUserListQuery, { cursor: (q) => decodeNameCursor(q.after!) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={`/accounts/${accountId}/products/${productId}`} />;
  const query = read.query;
  const { rows, next } = await listProductUsers(db, accountId, productId, query);
  const base = `/accounts/${accountId}/products/${productId}`;
  const href = (after?: string) => {
    const s = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(after ? { after } : {}) }).toString();
    return s ? `${base}?${s}` : base;
  };

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <Breadcrumbs items={[{ label: "By Product", href: `/accounts/${accountId}/products` }, { label: seats.name }]} />
        {/* The count is the seat counter's (named_seat_counts), never a count over the assignments. */}
        <PageHeader title={seats.name} count={seats.assigned} countLabel="assigned" description={`Product code ${seats.code}`} />
      </div>
      <dl className="grid max-w-md grid-cols-3 gap-3 text-center" aria-label="Seats">
        {([
          ["Seats", seats.total],
          ["Assigned", seats.assigned],
          ["Available", seats.available],
        ] as const).map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white p-3" data-testid={`seats-${label.toLowerCase()}`}>
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <SeatUsageChart id="product-seat-usage" rows={[seats]} title={`${seats.name} seat usage`} />

      {manage.allowed ? (
        <AssignUsersPicker accountId={accountId} productId={productId} productName={seats.name} available={seats.available} />
      ) : (
        <p className="text-sm text-slate-600">{manage.reason}</p>
      )}

      <section aria-labelledby="assigned-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="assigned-heading" className="text-lg font-semibold">
            Assigned users
          </h2>
          <form role="search" className="flex w-full gap-2 sm:w-auto" action={base}>
            <label htmlFor="assigned-search" className="sr-only">
              Search assigned users by name or email
            </label>
            <input id="assigned-search" name="q" type="search" defaultValue={query.q} placeholder="Search by name or email" className="w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm sm:w-72" />
            <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">Search</button>
          </form>
        </div>
        <ProductUsersTable
          accountId={accountId}
          productId={productId}
          productName={seats.name}
          rows={rows}
          emptyText={query.q ? `No user with ${seats.name} matches “${query.q}”.` : `Nobody has ${seats.name} yet.`}
          canUnassign={manage.allowed}
          refusalReason={manage.allowed ? undefined : manage.reason}
          pager={keysetLinks(Boolean(query.after), next, href)}
        />
      </section>
    </div>
  );
}
