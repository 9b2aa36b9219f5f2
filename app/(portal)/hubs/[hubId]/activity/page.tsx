import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit/audit-filters";
import { isAuditCursor, listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";
import { requestHubFacts } from "@/lib/hubs/request-hub-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityTable } from "@/components/activity/activity-table";
import { HubAdminNav } from "@/components/hubs/hub-admin-nav";

export const metadata: Metadata = { title: "Hub activity" };

type Props = { params: Promise<{ hubId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The hub's audit log for its administrators (AU-2): the account activity log's components, reused. */
export default async function HubActivityPage({ params, searchParams }: Props) {
  const hubId = requireUuid((await params).hubId);
  const db = await getDb();
  const facts = await requestHubFacts(hubId);
  const decision = authorizePage(facts, "activity.viewHub");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const sp = await searchParams;
  const { filters, errors } = parseAuditFilters(sp);
  const cursor = (Array.isArray(sp.after) ? sp.after[0] : sp.after) || undefined;
  // A position that cannot be read (an impossible date, not one of ours) is said, never queried.
  if (cursor && !isAuditCursor(cursor)) return <InvalidRequest message={INVALID_CURSOR_MESSAGE} startHref={`/hubs/${hubId}/activity`} />;
  const scope = { hubId };
  const [{ rows, next }, actions] = await Promise.all([listAuditEvents(db, scope, filters, { after: cursor, limit: 50 }), listAuditActions(db, scope)]);

  const base = `/hubs/${hubId}/activity`;
  const withFilters = (path: string, extra: Record<string, string> = {}) => {
    const p = auditFilterParams(filters);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return s ? `${path}?${s}` : path;
  };
  const filtered = auditFilterParams(filters).size > 0;

  return (
    <div className="flex flex-col gap-4">
      <HubAdminNav hubId={hubId} hubName={facts.name} current="/activity" />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Activity</h1>
        {/* A plain link: the browser downloads the streamed file (Content-Disposition: attachment). */}
        <a href={withFilters(`/api/hubs/${hubId}/activity/export`)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100" download>
          Export CSV{filtered ? " (filtered)" : ""}
        </a>
      </div>
      <ActivityFilters action={base} filters={filters} actions={actions} errors={errors} />
      <ActivityTable
        rows={rows}
        emptyText={filtered ? "No activity matches these filters." : "Nothing has happened in this hub yet."}
        pager={keysetLinks(Boolean(cursor), next, (a) => withFilters(base, a ? { after: a } : {}))}
      />
    </div>
  );
}
