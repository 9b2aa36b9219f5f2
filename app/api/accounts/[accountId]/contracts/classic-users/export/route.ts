import { invalidResponse, openAccountRoute } from "@/lib/actions/route-door";
import { classicUsersProblem, parseClassicUsersQuery } from "@/lib/contracts/classic-users-query";
import { exportClassicUsersCsv } from "@/lib/contracts/list-classic-users";
import { loadAccountFacts } from "@/lib/permissions";

type Context = { params: Promise<{ accountId: string }> };

/** GET — the classic users across the contracts the person sees, filtered as on the page, as CSV (CL-3, CL-8, UM-7). */
export async function GET(request: Request, { params }: Context) {
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
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("classic users export failed:", error);
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
      "content-disposition": `attachment; filename="classic-users-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
