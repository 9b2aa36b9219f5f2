import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listVisibleContracts } from "@/lib/contracts/list-contracts";
import { listClassicUsers } from "@/lib/contracts/list-classic-users";
import { classicUsersHref, classicUsersQuery, decodeClassicCursor } from "@/lib/contracts/classic-users-query";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import Link from "next/link";
import { capabilities } from "@/lib/pages/capabilities";
import { Refusal } from "@/components/ui/refusal";
import { PageHeader } from "@/components/ui/page-header";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ContractsGroups } from "@/components/contracts/contracts-groups";
import { ClassicUsersAcross } from "@/components/contracts/classic-users-across";

export const metadata: Metadata = { title: "Contracts" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<SearchParams> };

/**
 * The contracts the person may see, named and classic, grouped (UM-7: everything for the
 * primary admin, named contracts for secondary admins; CL-3, CL-8: their own for contract
 * managers and software coordinators), then the classic users across those classic
 * contracts. Read through the SQL scope that mirrors the policy.
 */
export default async function ContractsPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "contracts.viewList");
  if (!decision.allowed || !facts?.actor.account) return <Refusal decision={decision} />;
  const base = `/accounts/${accountId}/contracts`;
  const read = await readPageQuery(searchParams, classicUsersQuery, { cursor: (q) => decodeClassicCursor(q.after!) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const query = read.query;
  const db = await getDb();
  const roles = facts.actor.account;
  const rows = await listVisibleContracts(db, roles);
  const classic = rows.filter((r) => r.management === "classic");
  const page = classic.length ? await listClassicUsers(db, roles, query) : null;
  const products = new Map(classic.flatMap((c) => c.products.map((p) => [p.productId, p.name] as const)));
  const state = { ...query, after: undefined };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Contracts"
        count={rows.length}
        description={decision.reason}
        actions={
          capabilities(facts, ["contracts.viewMismatches"])["contracts.viewMismatches"].allowed ? (
            <Link href={`/accounts/${accountId}/mismatches`} className="py-2 text-sm text-blue-700 underline">
              Where the two views differ (mismatch report)
            </Link>
          ) : null
        }
      />
      <ContractsGroups accountId={accountId} rows={rows} />
      {page ? (
        <ClassicUsersAcross
          accountId={accountId}
          rows={page.rows}
          query={query}
          contracts={classic.map((c) => ({ id: c.contractId, label: c.number }))}
          products={[...products].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label))}
          pager={keysetLinks(Boolean(query.after), page.next, (after) => classicUsersHref(base, { ...state, after }))}
          exportHref={classicUsersHref(`/api/accounts/${accountId}/contracts/classic-users/export`, state)}
        />
      ) : null}
    </div>
  );
}
