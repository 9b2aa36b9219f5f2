import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { viewContract } from "@/lib/contracts/view-contract";
import { requireUuid } from "@/lib/pages/ids";
import { z } from "zod";
import { searchText, text } from "@/lib/input/schemas";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { decodeUserCursor } from "@/lib/contracts/load-contract-details";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ClassicUsersManager } from "@/components/accounts/contracts/classic-users-manager";
import { CoordinatorControls } from "@/components/accounts/contracts/coordinator-controls";
import { BillingPanel } from "@/components/accounts/contracts/billing-panel";
import { TERM_MONTHS } from "@/lib/contracts/renew-contract";
import { ChangeManagerPanel } from "@/components/accounts/contracts/change-manager-panel";
import { LatestReleases } from "@/components/accounts/contracts/latest-releases";
import { latestReleases } from "@/lib/contracts/announce-release";
import { AddClassicUsersForm } from "@/components/accounts/contracts/add-classic-users-form";
import { classicNoSeatReason } from "@/lib/seats/classic-seats";
import { ContractProducts } from "@/components/accounts/contracts/contract-products";
import { ContractSummary } from "@/components/accounts/contracts/contract-summary";

export const metadata: Metadata = { title: "Contract" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<SearchParams> };

/** The classic users' search and keyset position. */
const contractQuery = z.object({ q: searchText(200), after: text({ max: 600, trim: false }).optional() });

/**
 * One contract: products and seats, term, renewal and billing, its contract manager and
 * software coordinator, and (classic) its users. Read-only here; what the actor may not see
 * is "not found" (UM-7, CL-8), and renewal and billing name the contract manager (UM-6).
 */
export default async function ContractPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const base = `/accounts/${accountId}/contracts/${contractId}`;
  // A search or position that cannot be read is said, never queried.
  const read = await readPageQuery(searchParams, contractQuery, { cursor: (query) => decodeUserCursor(query.after!) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const { q, after } = read.query;
  const view = await viewContract(await getDb(), actor.personId, accountId, contractId, { q, after });
  if (!view) notFound();
  const d = view.details;
  const billing = view.billing.canManage ? d.billing : null;
  // CL-9: the coordinator (and the manager) see what was announced for the contract's products.
  const releases = d.management === "classic" && view.can.manageAccess.allowed ? await latestReleases(await getDb(), contractId) : null;
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div>
        <Link href={`/accounts/${accountId}/contracts`} className="text-sm text-blue-700 underline">
          Contracts
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">
          Contract <span className="font-mono">{d.number}</span>
        </h1>
        <p className="mt-1 text-sm text-slate-600">{view.access.reason}</p>
        {view.can.activity ? (
          <Link href={`/accounts/${accountId}/contracts/${contractId}/activity`} className="mt-1 inline-block text-sm text-blue-700 underline">
            Contract activity
          </Link>
        ) : null}
        {view.can.movePreview ? (
          <Link href={`/accounts/${accountId}/contracts/${contractId}/move-preview`} className="ml-4 mt-1 inline-block text-sm text-blue-700 underline">
            Preview moving it to User Management
          </Link>
        ) : null}
      </div>
      <ContractSummary view={view} />
      {billing ? <BillingPanel accountId={accountId} contractId={contractId} renewalDate={d.renewalDate} autoRenew={d.autoRenew} termMonths={TERM_MONTHS} contact={billing.contact} invoices={billing.invoices} /> : null}
      {view.can.assignCoordinator.allowed ? (
        <CoordinatorControls accountId={accountId} contractId={contractId} current={d.coordinator} canRemove={view.can.removeCoordinator.allowed} />
      ) : null}
      {view.can.changeManager ? <ChangeManagerPanel accountId={accountId} contractId={contractId} /> : null}
      <ContractProducts details={d} />
      {releases ? <LatestReleases releases={releases} /> : null}
      {d.classicUsers && view.can.manageUsers.allowed ? <AddClassicUsersForm accountId={accountId} contractId={contractId} /> : null}
      {d.classicUsers ? (
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
          pager={keysetLinks(Boolean(after), d.classicUsersNext, (a) => {
            const p = new URLSearchParams();
            if (q) p.set("q", q);
            if (a) p.set("after", a);
            const s = p.toString();
            return s ? `${base}?${s}` : base;
          })}
        />
      ) : null}
    </div>
  );
}
