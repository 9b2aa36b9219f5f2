import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/actor";
import { failureResponse, routeHandler } from "@/lib/actions/route-door";
import { searchProductCandidates } from "@/lib/accounts/products/search-product-candidates";

type Context = { params: Promise<{ accountId: string; productId: string }> };

/**
 * GET ?q=&limit= — named users of the account who do not hold the product, for By Product's
 * "Assign users" picker. The use case scopes and permission-checks it (UM-5, UM-7, HY-1).
 */
export const GET = routeHandler("GET /api/accounts/[accountId]/products/[productId]/candidates", async (request: Request, { params }: Context) => {
  const actor = await currentActor();
  if (!actor) return Response.json({ message: "Sign in first." }, { status: 401 });
  const { accountId, productId } = await params;
  const search = new URL(request.url).searchParams;
  const result = await searchProductCandidates(await getDb(), actor.personId, { accountId, productId, q: search.get("q") ?? "", limit: search.get("limit") ?? undefined });
  if (result.ok) return Response.json(result.data, { headers: { "cache-control": "no-store" } });
  return failureResponse(result);
});
