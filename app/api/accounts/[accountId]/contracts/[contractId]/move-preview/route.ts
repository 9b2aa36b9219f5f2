import { z } from "zod";
import { failureResponse, openRoute } from "@/lib/actions/route-door";
import { moveToNamedCsv, previewMoveToNamed } from "@/lib/contracts/preview-move-to-named";
import { csvDownload } from "@/lib/http/csv-download";

/** GET — the move-to-User-Management dry run as CSV (CL-3, UM-7); nothing is written. */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/contracts/[contractId]/move-preview",
  params: z.object({ accountId: z.uuid(), contractId: z.uuid() }),
  authorize: async (db, actor, { accountId, contractId }) => {
    const result = await previewMoveToNamed(db, actor.personId, accountId, contractId);
    return result && { facts: result.preview, decision: result.decision };
  },
  // An allowed decision comes with its preview.
  handle: async ({ facts: preview }) => (preview ? csvDownload(moveToNamedCsv(preview), `move-${preview.contractNumber}-dry-run.csv`) : failureResponse({ ok: false, code: "error", message: "The dry run could not be made." })),
});
