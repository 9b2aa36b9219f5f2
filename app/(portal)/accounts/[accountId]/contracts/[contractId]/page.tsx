import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { latestReleases } from "@/lib/contracts/announce-release";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { LatestReleases } from "@/components/contracts/latest-releases";
import { ContractProducts } from "@/components/contracts/contract-products";
import { ContractSummary } from "@/components/contracts/contract-summary";
import { ContractFrame } from "@/components/contracts/contract-frame";
import { contractHref } from "@/components/contracts/contract-tabs";
import { contractView } from "./contract-view";
import { contractUsersCursorOk, contractUsersHref, contractUsersQuery } from "./classic-users-query";

export const metadata: Metadata = { title: "Contract" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<SearchParams> };

/**
 * A contract's Overview tab: term, roles, products and seats, and who manages renewal and
 * billing (UM-6). What the actor may not see is "not found" (UM-7, CL-8).
 */
export default async function ContractOverviewPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const view = await contractView(rawAccount, rawContract);
  const { accountId, contractId } = view;
  const base = contractHref(accountId, contractId);
  // Links from before the tabs searched the classic users here: they go on to the Users tab.
  const read = await readPageQuery(searchParams, contractUsersQuery, { cursor: contractUsersCursorOk });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const { q, after } = read.query;
  if ((q || after) && view.details.classicUsers) redirect(contractUsersHref(contractHref(accountId, contractId, "users"), q, after));
  const d = view.details;
  // CL-9: the coordinator (and the manager) see what was announced for the contract's products.
  const releases = d.management === "classic" && view.can.manageAccess.allowed ? await latestReleases(await getDb(), contractId) : null;
  return (
    <ContractFrame view={view} accountId={accountId} contractId={contractId} tab="overview">
      <ContractSummary view={view} />
      <ContractProducts details={d} />
      {releases ? <LatestReleases releases={releases} /> : null}
      {view.can.movePreview ? (
        <p>
          <Link href={`${base}/move-preview`} className="text-sm text-blue-700 underline">
            Preview moving it to User Management
          </Link>
        </p>
      ) : null}
    </ContractFrame>
  );
}
