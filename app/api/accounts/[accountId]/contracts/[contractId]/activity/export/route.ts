import { z } from "zod";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { failureResponse, invalidResponse, routeHandler } from "@/lib/actions/route-door";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { contractActivityAccess } from "@/lib/contracts/contract-activity-access";
import { csvDownload } from "@/lib/http/csv-download";

type Context = { params: Promise<{ accountId: string; contractId: string }> };

const uuid = z.uuid();

/** GET — a contract's activity log, filtered as on its page, streamed as CSV (AU-2: its contract manager). */
export const GET = routeHandler("GET /api/accounts/[accountId]/contracts/[contractId]/activity/export", async (request: Request, { params }: Context) => {
  const actor = await currentActor();
  if (!actor) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { accountId, contractId } = await params;
  const notFound = failureResponse({ ok: false, code: "not_found", message: "This page was not found." });
  if (!uuid.safeParse(accountId).success || !uuid.safeParse(contractId).success) return notFound;
  const db = await getDb();
  const decision = await contractActivityAccess(db, actor.personId, accountId, contractId);
  if (!decision) return notFound;
  if (!decision.allowed) return failureResponse({ ok: false, code: "denied", rule: decision.rule, reason: decision.reason, message: decision.reason });
  const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
  if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(auditCsvStream(db, { contractId }, filters), `contract-activity-${day}.csv`);
});
