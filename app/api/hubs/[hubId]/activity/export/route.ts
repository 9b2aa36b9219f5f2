import { z } from "zod";
import { getDb } from "@/db/client";
import { failureResponse, invalidResponse, routeHandler } from "@/lib/actions/route-door";
import { currentActor } from "@/lib/auth/actor";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";
import { decide } from "@/lib/permissions";
import { decisionToFailure } from "@/lib/actions/decision-to-failure";
import { loadHubFacts } from "@/lib/permissions/facts";
import { csvDownload } from "@/lib/http/csv-download";

type Context = { params: Promise<{ hubId: string }> };

const uuid = z.uuid();

/** GET — the hub's activity log, filtered as on the page, streamed as CSV (AU-2: hub administrators). */
export const GET = routeHandler("GET /api/hubs/[hubId]/activity/export", async (request: Request, { params }: Context) => {
  const actor = await currentActor();
  if (!actor) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { hubId } = await params;
  if (!uuid.safeParse(hubId).success) return failureResponse({ ok: false, code: "not_found", message: "This page was not found." });
  const db = await getDb();
  const facts = await loadHubFacts(db, actor.personId, hubId);
  if (!facts) return failureResponse({ ok: false, code: "not_found", message: "This page was not found." });
  const refused = decisionToFailure(decide(facts.actor, "activity.viewHub", facts.resource));
  if (refused) return failureResponse(refused);
  const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
  if (Object.keys(fieldErrors).length) return invalidResponse(Object.values(errors)[0] ?? "Check the filters.", fieldErrors);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(auditCsvStream(db, { hubId }, filters), `hub-activity-${day}.csv`);
});
