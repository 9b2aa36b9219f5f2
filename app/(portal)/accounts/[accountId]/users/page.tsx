import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listProductSeats } from "@/lib/accounts/product-seats";
import { listNamedUsers } from "@/lib/accounts/named-users/list-named-users";
import { NAMED_USER_SORTS, namedUserListSearch, parseNamedUserListQuery, type NamedUserSort } from "@/lib/accounts/named-users/list-query";
import { decide, loadAccountFacts } from "@/lib/permissions";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { NamedUsersTable, type SortLink } from "@/components/accounts/named-users-table";
import { AddUserForm } from "@/components/accounts/users/add-user-form";
import { ImportUsers } from "@/components/accounts/users/import-users";
import { UsersToolbar } from "@/components/accounts/users/users-toolbar";

export const metadata: Metadata = { title: "By User" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NO_SEAT = "Every seat of the account's active named contracts for this product is assigned (UM-9).";

function Disclosure({ summary, children, testId }: { summary: string; children: ReactNode; testId: string }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium">{summary}</summary>
      <div className="border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}

/** By User: the account's named users (UM-5, UM-7). The URL holds search, filters, sort and position. */
export default async function ByUserPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const db = await getDb();
  const facts = await loadAccountFacts(db, actor.personId, accountId);
  const decision = authorizePage(facts, "namedUsers.view");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const can = (key: "namedUsers.add" | "namedUsers.import" | "namedUsers.export" | "namedUsers.bulkChange") => decide(facts.actor, key, facts.resource).allowed;

  const query = parseNamedUserListQuery(await searchParams);
  const [{ rows, next }, seats] = await Promise.all([listNamedUsers(db, accountId, query), listProductSeats(db, accountId)]);
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
      <h1 className="text-2xl font-semibold">By User</h1>
      {can("namedUsers.add") ? (
        <Disclosure summary="Add a user" testId="add-user">
          <AddUserForm accountId={accountId} products={products} noSeatReason={NO_SEAT} />
        </Disclosure>
      ) : null}
      {can("namedUsers.import") ? (
        <Disclosure summary="Import users from CSV" testId="import-users">
          <ImportUsers accountId={accountId} />
        </Disclosure>
      ) : null}
      <UsersToolbar
        base={base}
        query={query}
        products={products}
        exportHref={can("namedUsers.export") ? `/api/accounts/${accountId}/users/export${namedUserListSearch(state)}` : null}
      />
      <NamedUsersTable
        accountId={accountId}
        rows={rows}
        emptyText={filtered ? "No users match this search and these filters." : "This account has no named users yet."}
        sortLinks={sortLinks}
        bulkProducts={can("namedUsers.bulkChange") ? products.map(({ productId, name }) => ({ productId, name })) : null}
        pager={keysetLinks(Boolean(query.after), next, (after) => `${base}${namedUserListSearch({ ...state, after })}`)}
      />
    </div>
  );
}
