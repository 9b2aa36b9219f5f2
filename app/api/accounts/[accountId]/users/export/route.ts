import { openAccountRoute } from "@/lib/actions/route-door";
import { exportNamedUsersCsv } from "@/lib/accounts/named-users/export-named-users";
import { namedUserListProblem, parseNamedUserListQuery } from "@/lib/accounts/named-users/list-query";
import { invalidResponse } from "@/lib/actions/route-door";

type Context = { params: Promise<{ accountId: string }> };

/** GET — By User's current filtered list (same q, filters and sort as the page), streamed as CSV (UM-5, UM-7). */
export async function GET(request: Request, { params }: Context) {
  const door = await openAccountRoute(params, "namedUsers.export");
  if (door instanceof Response) return door;
  const { db, accountId } = door;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  // Checked before the download starts: a stream cannot turn into an error half-way.
  const problem = namedUserListProblem(raw);
  if (problem) return invalidResponse(problem);
  const { after: _after, limit: _limit, ...query } = parseNamedUserListQuery(raw);
  const lines = exportNamedUsersCsv(db, accountId, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("named users export failed:", error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="users-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
