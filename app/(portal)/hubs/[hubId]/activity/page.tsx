import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { activityQuery, loadActivityPage } from "@/lib/audit/activity-page";
import { isAuditCursor } from "@/lib/audit/list-audit-events";
import { requestHubFacts } from "@/lib/hubs/request-hub-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { ActivityLog } from "@/components/audit/activity-log";
import { HubAdminNav } from "@/components/hubs/hub-admin-nav";

export const metadata: Metadata = { title: "Hub activity" };

type Props = { params: Promise<{ hubId: string }>; searchParams: Promise<SearchParams> };

/** The hub's audit log for its administrators (AU-2): the account activity log's components, reused. */
export default async function HubActivityPage({ params, searchParams }: Props) {
  const hubId = requireUuid((await params).hubId);
  const db = await getDb();
  const facts = await requestHubFacts(hubId);
  const decision = authorizePage(facts, "activity.viewHub");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const read = await readPageQuery(searchParams, activityQuery, { cursor: (q) => isAuditCursor(q.after!) });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={`/hubs/${hubId}/activity`} />;
  const page = await loadActivityPage(db, { hubId }, read.params);
  return (
    <ActivityLog
      page={page}
      base={`/hubs/${hubId}/activity`}
      exportPath={`/api/hubs/${hubId}/activity/export`}
      title="Activity"
      emptyText="Nothing has happened in this hub yet."
      header={<HubAdminNav hubId={hubId} hubName={facts.name} current="/activity" />}
    />
  );
}
