import { accountAction, accountParams, invalidResponse, openRoute } from "@/lib/actions/route-door";
import { classicUsersProblem, parseClassicUsersQuery } from "@/lib/contracts/classic-users-query";
import { exportClassicUsersCsv } from "@/lib/contracts/list-classic-users";
import { csvDownload, linesStream } from "@/lib/http/csv-download";

/** GET — the classic users across the contracts the person sees, filtered as on the page, as CSV (CL-3, CL-8, UM-7). */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/contracts/classic-users/export",
  params: accountParams,
  authorize: accountAction("contracts.viewList"),
  handle: async ({ request, db, facts }) => {
    const raw = Object.fromEntries(new URL(request.url).searchParams);
    const problem = classicUsersProblem(raw);
    if (problem) return invalidResponse(problem);
    const roles = facts.actor.account;
    if (!roles) return invalidResponse("This page was not found.");
    const { after: _after, ...query } = parseClassicUsersQuery(raw);
    const body = linesStream(exportClassicUsersCsv(db, roles, query), "classic users export");
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(body, `classic-users-${day}.csv`);
  },
});
