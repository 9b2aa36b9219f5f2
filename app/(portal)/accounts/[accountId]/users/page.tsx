import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listProductSeats } from "@/lib/seats/product-seats";
import { listNamedUsers } from "@/lib/accounts/named-users/list-named-users";
import { decodeCursor } from "@/lib/accounts/named-users/cursor";
import { NAMED_USER_SORTS, namedUserListQuery, namedUserListSearch, type NamedUserSort } from "@/lib/accounts/named-users/list-query";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities } from "@/lib/pages/capabilities";
import { requestAccountFacts, requestNamedUserCount } from "@/lib/pages/request-facts";
import { namedNoSeatReason } from "@/lib/seats/named-seats";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { NamedUsersTable, type SortLink } from "@/components/accounts/named-users/named-users-table";
import { AddUserDialog } from "@/components/accounts/named-users/add-user-dialog";
import { ImportUsersDialog } from "@/components/accounts/named-users/import-users-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { UsersToolbar } from "@/components/accounts/named-users/users-toolbar";

export const metadata: Metadata = { title: "By User" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<SearchParams> };

/** By User: the account's named users (UM-5, UM-7). The URL holds search, filters, sort and position. */
export default async function ByUserPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "namedUsers.view");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const can = capabilities(facts, ["namedUsers.add", "namedUsers.import", "namedUsers.export", "namedUsers.bulkChange"]);
  const db = await getDb();

  // A search, filter or position that cannot be read is said, not quietly replaced (and never queried).
  const read = await readPageQuery(searchParams, namedUserListQuery, { cursor: (q) => decodeCursor(q.after!, q.sort, q.dir) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={`/accounts/${accountId}/users`} />;
  const query = read.query;
  // The header's count is the counter the triggers keep (migration 0011), loaded with the request's facts.
  const [{ rows, next }, seats, total] = await Promise.all([listNamedUsers(db, accountId, query), listProductSeats(db, accountId), requestNamedUserCount(accountId)]);
  const base = `/accounts/${accountId}/users`;
  const state = { ...query, after: undefined };
  const sortLinks = Object.fromEntries(
    NAMED_USER_SORTS.map((sort): [NamedUserSort, SortLink] => {
      const active = query.sort === sort;
      const dir = active && query.dir === "asc" ? "desc" : "asc";
      return [sort, { href: `${base}${namedUserListSearch({ ...state, sort, dir })}`, active, dir: active ? query.dir : "asc" }];
    }),
  ) as Record<NamedUserSort, SortLink>;
  const products = seats.map((s) => ({ productId: s.productId, code: s.code, name: s.name, available: s.available }));
  const filtered = Boolean(query.q || query.product || query.role || query.status);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="By User"
        count={total}
        countLabel={total === 1 ? "named user" : "named users"}
        description="The account's named users, their admin roles and their products."
        actions={
          <>
            {can["namedUsers.add"].allowed ? <AddUserDialog accountId={accountId} products={products} noSeatReason={namedNoSeatReason()} /> : null}
            {can["namedUsers.import"].allowed ? <ImportUsersDialog accountId={accountId} /> : null}
          </>
        }
      />
      <UsersToolbar
        base={base}
        query={query}
        products={products}
        exportHref={can["namedUsers.export"].allowed ? `/api/accounts/${accountId}/users/export${namedUserListSearch(state)}` : null}
      />
      <NamedUsersTable
        accountId={accountId}
        rows={rows}
        emptyText={filtered ? "No users match this search and these filters." : "This account has no named users yet."}
        sortLinks={sortLinks}
        bulkProducts={can["namedUsers.bulkChange"].allowed ? products.map(({ productId, name }) => ({ productId, name })) : null}
        pager={keysetLinks(Boolean(query.after), next, (after) => `${base}${namedUserListSearch({ ...state, after })}`)}
      />
    </div>
  );
}
