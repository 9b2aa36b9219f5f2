import { z } from "zod";
import { failureResponse, openRoute } from "@/lib/actions/route-door";
import { searchEverything } from "@/lib/search/search-everything";

/**
 * GET ?q= — the command palette's "search everywhere": the people, contracts, hubs, projects
 * and pages the signed-in person may see (scoped in lib/search by the lists' own rules). A
 * search text that cannot be read (empty, too long, a control character) answers 400.
 */
export const GET = openRoute({
  name: "GET /api/search",
  params: z.object({}),
  handle: async ({ request, db, actor }) => {
    const result = await searchEverything(db, actor.personId, { q: new URL(request.url).searchParams.get("q") ?? "" });
    if (result.ok) return Response.json(result.data, { headers: { "cache-control": "no-store" } });
    return failureResponse(result);
  },
});
