import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { failureResponse, routeHandler } from "@/lib/actions/route-door";
import { searchEverything } from "@/lib/search/search-everything";

/**
 * GET ?q= — the command palette's "search everywhere": the people, contracts, hubs, projects
 * and pages the signed-in person may see (scoped in lib/search by the lists' own rules). A
 * search text that cannot be read (empty, too long, a control character) answers 400.
 */
export const GET = routeHandler("GET /api/search", async (request: Request) => {
  const actor = await currentActor();
  if (!actor) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const result = await searchEverything(await getDb(), actor.personId, { q });
  if (result.ok) return Response.json(result.data, { headers: { "cache-control": "no-store" } });
  return failureResponse(result);
});
