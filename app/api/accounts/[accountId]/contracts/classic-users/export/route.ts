import { invalidResponse, openAccountRoute, routeHandler } from "@/lib/actions/route-door";
import { classicUsersProblem, parseClassicUsersQuery } from "@/lib/contracts/classic-users-query";
import { exportClassicUsersCsv } from "@/lib/contracts/list-classic-users";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { csvDownload, linesStream } from "@/lib/http/csv-download";

type Context = { params: Promise<{ accountId: string }> };

/** GET — the classic users across the contracts the person sees, filtered as on the page, as CSV (CL-3, CL-8, UM-7). */
export const GET = routeHandler("GET /api/accounts/[accountId]/contracts/classic-users/export", async (request: Request, { params }: Context) => {
  const door = await openAccountRoute(params, "contracts.viewList");
  if (door instanceof Response) return door;
  const { db, accountId, actor } = door;
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const problem = classicUsersProblem(raw);
  if (problem) return invalidResponse(problem);
  const roles = (await loadAccountFacts(db, actor.personId, accountId))?.actor.account;
  if (!roles) return invalidResponse("This page was not found.");
  const { after: _after, ...query } = parseClassicUsersQuery(raw);
  const lines = exportClassicUsersCsv(db, roles, query);
  const body = linesStream(lines, "classic users export");
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(body, `classic-users-${day}.csv`);
});
