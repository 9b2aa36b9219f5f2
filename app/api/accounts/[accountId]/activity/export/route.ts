import { accountAction, accountParams, invalidResponse, openRoute } from "@/lib/actions/route-door";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { accountLogScope } from "@/lib/audit/account-log-scope";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { csvDownload } from "@/lib/http/csv-download";

/** GET — the account's activity log, filtered as on the page, streamed as CSV (AU-2). */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/activity/export",
  params: accountParams,
  authorize: accountAction("activity.viewAccount"),
  handle: async ({ request, db, params, facts }) => {
    const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
    // Checked before the download starts: once streaming, an error could only cut the file short.
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
    if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(auditCsvStream(db, accountLogScope(facts.actor, params.accountId), filters), `activity-${day}.csv`);
  },
});
