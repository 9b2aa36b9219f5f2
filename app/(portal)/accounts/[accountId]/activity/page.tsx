import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { accountLogScope } from "@/lib/audit/account-log-scope";
import { activityQuery, loadActivityPage } from "@/lib/audit/activity-page";
import { isAuditCursor } from "@/lib/audit/list-audit-events";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { ActivityLog } from "@/components/audit/activity-log";

export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<SearchParams> };

/** The account's audit log for its admins (AU-2), filtered and paged through the URL. */
export default async function AccountActivityPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const db = await getDb();
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "activity.viewAccount");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const read = await readPageQuery(searchParams, activityQuery, { cursor: (q) => isAuditCursor(q.after!) });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={`/accounts/${accountId}/activity`} />;
  const page = await loadActivityPage(db, accountLogScope(facts.actor, accountId), read.params);
  return (
    <ActivityLog
      page={page}
      base={`/accounts/${accountId}/activity`}
      exportPath={`/api/accounts/${accountId}/activity/export`}
      title="Activity"
      emptyText="Nothing has happened in this account yet."
    />
  );
}
