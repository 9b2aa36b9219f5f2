import type { Metadata } from "next";
import Link from "next/link";
import { Users } from "lucide-react";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { classicNoSeatReason } from "@/lib/seats/classic-seats";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { EmptyState } from "@/components/ui/empty-state";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ClassicUsersManager } from "@/components/contracts/classic-users-manager";
import { AddClassicUsersDialog } from "@/components/contracts/add-classic-users-dialog";
import { ContractFrame } from "@/components/contracts/contract-frame";
import { contractHref } from "@/components/contracts/contract-tabs";
import { contractView } from "../contract-view";
import { contractUsersCursorOk, contractUsersHref, contractUsersQuery } from "../classic-users-query";

export const metadata: Metadata = { title: "Contract users" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<SearchParams> };

/** A classic contract's users: search, keyset pages, products per user, and adding or removing users for those who manage them (CL-3, CL-8). */
export default async function ContractUsersPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const head = await contractView(rawAccount, rawContract);
  const { accountId, contractId } = head;
  const base = contractHref(accountId, contractId, "users");
  // A search or position that cannot be read is said, never queried.
  const read = await readPageQuery(searchParams, contractUsersQuery, { cursor: contractUsersCursorOk });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const { q, after } = read.query;
  // The first page without a search is the one the frame already read; a search reads its own.
  const view = q || after ? await contractView(rawAccount, rawContract, q, after) : head;
  const d = view.details;
  if (!d.classicUsers) {
    return (
      <ContractFrame view={view} accountId={accountId} contractId={contractId} tab="users">
        <EmptyState icon={Users} title="A named contract has no classic users">
          Its seats go to named users in User Management (HY-2): <Link className="text-blue-700 underline" href={`/accounts/${accountId}/users`}>By User</Link>.
        </EmptyState>
      </ContractFrame>
    );
  }
  return (
    <ContractFrame view={view} accountId={accountId} contractId={contractId} tab="users">
      <ClassicUsersManager
        accountId={accountId}
        contractId={contractId}
        users={d.classicUsers}
        products={d.products}
        canManageUsers={view.can.manageUsers.allowed}
        canManageAccess={view.can.manageAccess.allowed}
        readOnlyReason={view.can.manageUsers.allowed ? null : view.can.manageUsers.reason}
        noSeatReason={classicNoSeatReason()}
        q={q ?? ""}
        pager={keysetLinks(Boolean(after), d.classicUsersNext, (a) => contractUsersHref(base, q, a))}
        addUsers={view.can.manageUsers.allowed ? <AddClassicUsersDialog accountId={accountId} contractId={contractId} /> : null}
      />
    </ContractFrame>
  );
}
