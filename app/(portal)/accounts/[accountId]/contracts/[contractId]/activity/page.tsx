import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { activityQuery, loadActivityPage } from "@/lib/audit/activity-page";
import { isAuditCursor } from "@/lib/audit/list-audit-events";
import { contractActivityAccess } from "@/lib/contracts/contract-activity-access";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { ActivityLog } from "@/components/activity/activity-log";

export const metadata: Metadata = { title: "Contract activity" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<SearchParams> };

/** A contract's audit log for its contract manager (AU-2), with the account activity log's filters, pages and CSV export. */
export default async function ContractActivityPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const db = await getDb();
  const decision = await contractActivityAccess(db, actor.personId, accountId, contractId);
  if (!decision) notFound();
  if (!decision.allowed) return <Refusal decision={decision} />;
  const base = `/accounts/${accountId}/contracts/${contractId}`;
  const read = await readPageQuery(searchParams, activityQuery, { cursor: (q) => isAuditCursor(q.after!) });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={`${base}/activity`} />;
  const page = await loadActivityPage(db, { contractId }, read.params);
  return (
    <ActivityLog
      page={page}
      base={`${base}/activity`}
      exportPath={`/api/accounts/${accountId}/contracts/${contractId}/activity/export`}
      title="Contract activity"
      emptyText="Nothing has happened on this contract yet."
      header={
        <Link href={base} className="text-sm text-blue-700 underline">
          Back to the contract
        </Link>
      }
    />
  );
}
