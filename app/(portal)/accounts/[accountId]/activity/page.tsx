import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { accountLogScope } from "@/lib/audit/account-log-scope";
import { loadActivityPage } from "@/lib/audit/activity-page";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { ActivityLog } from "@/components/activity/activity-log";

export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The account's audit log for its admins (AU-2), filtered and paged through the URL. */
export default async function AccountActivityPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const db = await getDb();
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "activity.viewAccount");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const page = await loadActivityPage(db, accountLogScope(facts.actor, accountId), await searchParams);
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
