import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { authorizeAccountActivity } from "@/lib/audit/authorize-account-activity";
import { auditCsvStream } from "@/lib/audit/export-audit-csv";

type Context = { params: Promise<{ accountId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET — the account's activity log, filtered as on the page, streamed as CSV (AU-2). */
export async function GET(request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return Response.json({ message: "Sign in first." }, { status: 401 });
  const { accountId } = await params;
  if (!UUID.test(accountId)) return Response.json({ message: "This page was not found." }, { status: 404 });
  const db = await getDb();
  const access = await authorizeAccountActivity(db, actor.personId, accountId);
  if (!access.ok) return Response.json(access, { status: access.code === "denied" ? 403 : 404 });
  const { filters } = parseAuditFilters(new URL(request.url).searchParams);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsvStream(db, access.data, filters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="activity-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
