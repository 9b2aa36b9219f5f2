import { openAccountRoute, routeHandler } from "@/lib/actions/route-door";
import { exportNamedUsersCsv } from "@/lib/accounts/named-users/export-named-users";
import { namedUserListProblem, parseNamedUserListQuery } from "@/lib/accounts/named-users/list-query";
import { invalidResponse } from "@/lib/actions/route-door";
import { csvDownload, linesStream } from "@/lib/http/csv-download";

type Context = { params: Promise<{ accountId: string }> };

/** GET — By User's current filtered list (same q, filters and sort as the page), streamed as CSV (UM-5, UM-7). */
export const GET = routeHandler("GET /api/accounts/[accountId]/users/export", async (request: Request, { params }: Context) => {
  const door = await openAccountRoute(params, "namedUsers.export");
  if (door instanceof Response) return door;
  const { db, accountId } = door;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  // Checked before the download starts: a stream cannot turn into an error half-way.
  const problem = namedUserListProblem(raw);
  if (problem) return invalidResponse(problem);
  const { after: _after, limit: _limit, ...query } = parseNamedUserListQuery(raw);
  const lines = exportNamedUsersCsv(db, accountId, query);
  const body = linesStream(lines, "named users export");
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(body, `users-${day}.csv`);
});
