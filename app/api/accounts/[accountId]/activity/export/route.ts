import { invalidResponse, openAccountRoute, routeHandler } from "@/lib/actions/route-door";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { accountLogScope } from "@/lib/audit/account-log-scope";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { csvDownload } from "@/lib/http/csv-download";

type Context = { params: Promise<{ accountId: string }> };

/** GET — the account's activity log, filtered as on the page, streamed as CSV (AU-2). */
export const GET = routeHandler("GET /api/accounts/[accountId]/activity/export", async (request: Request, { params }: Context) => {
  const door = await openAccountRoute(params, "activity.viewAccount");
  if (door instanceof Response) return door;
  const { db, accountId, facts } = door;
  const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
  // Checked before the download starts: once streaming, an error could only cut the file short.
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
  if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(auditCsvStream(db, accountLogScope(facts, accountId), filters), `activity-${day}.csv`);
});
