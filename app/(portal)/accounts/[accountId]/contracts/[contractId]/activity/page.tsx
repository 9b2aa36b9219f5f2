import type { Metadata } from "next";
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
import { ActivityLog } from "@/components/audit/activity-log";
import { ContractFrame } from "@/components/contracts/contract-frame";
import { contractHref } from "@/components/contracts/contract-tabs";
import { contractView } from "../contract-view";

export const metadata: Metadata = { title: "Contract activity" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<SearchParams> };

/** A contract's Activity tab: its audit log for its contract manager (AU-2), with the account activity log's filters, pages and CSV export. */
export default async function ContractActivityPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const db = await getDb();
  // The frame's read says whether the contract is visible (else "not found") and whether its
  // log is this actor's (AU-2); only a refusal reads the decision again, for its reason.
  const view = await contractView(rawAccount, rawContract);
  const frame = { view, accountId, contractId, tab: "activity" as const };
  if (!view.can.activity) {
    const decision = await contractActivityAccess(db, actor.personId, accountId, contractId);
    if (!decision) notFound();
    return <ContractFrame {...frame}><Refusal decision={decision} /></ContractFrame>;
  }
  const base = contractHref(accountId, contractId, "activity");
  const read = await readPageQuery(searchParams, activityQuery, { cursor: (q) => isAuditCursor(q.after!) });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const page = await loadActivityPage(db, { contractId }, read.params);
  return (
    <ContractFrame {...frame}>
      <ActivityLog
        page={page}
        base={base}
        exportPath={`/api/accounts/${accountId}/contracts/${contractId}/activity/export`}
        title="Contract activity"
        emptyText="Nothing has happened on this contract yet."
      />
    </ContractFrame>
  );
}
