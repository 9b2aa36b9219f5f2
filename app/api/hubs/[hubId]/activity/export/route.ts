import { z } from "zod";
import { decideOn, invalidResponse, openRoute } from "@/lib/actions/route-door";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { csvDownload } from "@/lib/http/csv-download";
import { loadHubFacts } from "@/lib/permissions/facts";

/** GET — the hub's activity log, filtered as on the page, streamed as CSV (AU-2: hub administrators). */
export const GET = openRoute({
  name: "GET /api/hubs/[hubId]/activity/export",
  params: z.object({ hubId: z.uuid() }),
  authorize: decideOn("activity.viewHub", (db, personId, p: { hubId: string }) => loadHubFacts(db, personId, p.hubId)),
  handle: async ({ request, db, params }) => {
    const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
    if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(auditCsvStream(db, { hubId: params.hubId }, filters), `hub-activity-${day}.csv`);
  },
});
