import { exportNamedUsersCsv } from "@/lib/accounts/named-users/export-named-users";
import { namedUserListProblem, parseNamedUserListQuery } from "@/lib/accounts/named-users/list-query";
import { accountAction, accountParams, invalidResponse, openRoute } from "@/lib/actions/route-door";
import { csvDownload, linesStream } from "@/lib/http/csv-download";

/** GET — By User's current filtered list (same q, filters and sort as the page), streamed as CSV (UM-5, UM-7). */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/users/export",
  params: accountParams,
  authorize: accountAction("namedUsers.export"),
  handle: async ({ request, db, params }) => {
    const raw = Object.fromEntries(new URL(request.url).searchParams);
    // Checked before the download starts: a stream cannot turn into an error half-way.
    const problem = namedUserListProblem(raw);
    if (problem) return invalidResponse(problem);
    const { after: _after, limit: _limit, ...query } = parseNamedUserListQuery(raw);
    const body = linesStream(exportNamedUsersCsv(db, params.accountId, query), "named users export");
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(body, `users-${day}.csv`);
  },
});
