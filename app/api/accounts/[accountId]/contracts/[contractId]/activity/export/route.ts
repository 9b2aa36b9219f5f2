import { z } from "zod";
import { invalidResponse, openRoute } from "@/lib/actions/route-door";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { contractActivityAccess } from "@/lib/contracts/contract-activity-access";
import { csvDownload } from "@/lib/http/csv-download";

/** GET — a contract's activity log, filtered as on its page, streamed as CSV (AU-2: its contract manager). */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/contracts/[contractId]/activity/export",
  params: z.object({ accountId: z.uuid(), contractId: z.uuid() }),
  authorize: async (db, actor, { accountId, contractId }) => {
    const decision = await contractActivityAccess(db, actor.personId, accountId, contractId);
    return decision && { facts: null, decision };
  },
  handle: async ({ request, db, params }) => {
    const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
    if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(auditCsvStream(db, { contractId: params.contractId }, filters), `contract-activity-${day}.csv`);
  },
});
