import { z } from "zod";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { failureResponse, routeHandler } from "@/lib/actions/route-door";
import { moveToNamedCsv, previewMoveToNamed } from "@/lib/contracts/preview-move-to-named";
import { csvDownload } from "@/lib/http/csv-download";

type Context = { params: Promise<{ accountId: string; contractId: string }> };
const uuid = z.uuid();

/** GET — the move-to-User-Management dry run as CSV (CL-3, UM-7); nothing is written. */
export const GET = routeHandler("GET /api/accounts/[accountId]/contracts/[contractId]/move-preview", async (_request: Request, { params }: Context) => {
  const actor = await currentActor();
  if (!actor) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { accountId, contractId } = await params;
  const notFound = failureResponse({ ok: false, code: "not_found", message: "This page was not found." });
  if (!uuid.safeParse(accountId).success || !uuid.safeParse(contractId).success) return notFound;
  const result = await previewMoveToNamed(await getDb(), actor.personId, accountId, contractId);
  if (!result) return notFound;
  if (!result.preview) return failureResponse({ ok: false, code: "denied", rule: result.decision.rule, reason: result.decision.reason, message: result.decision.reason });
  return csvDownload(moveToNamedCsv(result.preview), `move-${result.preview.contractNumber}-dry-run.csv`);
});
