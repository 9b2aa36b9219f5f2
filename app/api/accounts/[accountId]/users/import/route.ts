import { accountAction, accountParams, openRoute } from "@/lib/actions/route-door";
import { refuseCrossOrigin } from "@/lib/http/origin";
import { idempotencyKeyInput } from "@/lib/actions/idempotency";
import { text } from "@/lib/input/schemas";
import { importNamedUsers, type ImportEvent } from "@/lib/accounts/named-users/import-named-users";

/** 5,000 rows of names, emails and product codes fit easily; anything bigger is not a user list. */
const MAX_BYTES = 2 * 1024 * 1024;

/** At most this many columns to leave out, each named as the confirmation listed it. */
const ignoredColumn = text({ max: 200 });

/**
 * POST multipart/form-data with `file` (CSV), `key` (the import's idempotency key, made when it
 * started) and, once the person agreed, one `ignore` per column the import does not recognise,
 * from the portal's own origin (else 403) — imports named users (UM-5) and streams its
 * progress as NDJSON: parsed, validated n of N, then confirm (columns it would ignore; nothing
 * written), or writing n of N and done or failed. The permission is checked before the file is
 * read; the executor checks it again inside the one transaction that writes.
 */
export const POST = openRoute({
  name: "POST /api/accounts/[accountId]/users/import",
  // CSRF: only the portal's own pages may post here (proxy.ts refuses others first, too).
  refuse: refuseCrossOrigin,
  params: accountParams,
  authorize: accountAction("namedUsers.import"),
  handle: async ({ request, db, actor, params: { accountId } }) => {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) return Response.json({ message: "Choose a CSV file to import." }, { status: 400 });
    if (file.size > MAX_BYTES) return Response.json({ message: "The file is larger than 2 MB; import at most 5,000 users at a time." }, { status: 413 });
    const key = idempotencyKeyInput.safeParse(form?.get("key"));
    if (!key.success) return Response.json({ message: "The import's key is missing: reload the page and start the import again." }, { status: 400 });
    const ignore = (form?.getAll("ignore") ?? []).slice(0, 100).map((v) => ignoredColumn.safeParse(v));
    if (ignore.some((r) => !r.success)) return Response.json({ message: "The columns to ignore could not be read: start the import again." }, { status: 400 });
    const ignoreColumns = ignore.flatMap((r) => (r.success ? [r.data] : []));
    const csv = await file.text();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (e: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(e)}\n`));
        try {
          await importNamedUsers(db, actor, accountId, csv, send, { idempotencyKey: key.data, ignoreColumns });
        } catch (error) {
          console.error("named users import failed:", error);
          send({ type: "failed", message: "Something went wrong and nothing was imported. Try again." });
        }
        controller.close();
      },
    });
    return new Response(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" } });
  },
});
