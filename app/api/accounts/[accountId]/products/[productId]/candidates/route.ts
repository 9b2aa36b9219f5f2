import { z } from "zod";
import { searchProductCandidates } from "@/lib/accounts/products/search-product-candidates";
import { accountAction, failureResponse, openRoute } from "@/lib/actions/route-door";

/**
 * GET ?q=&limit= — named users of the account who do not hold the product, for By Product's
 * "Assign users" picker (UM-5, UM-7, HY-1). The door decides on the account; the search checks
 * again with the product, as it does for any caller.
 */
export const GET = openRoute({
  name: "GET /api/accounts/[accountId]/products/[productId]/candidates",
  params: z.object({ accountId: z.uuid(), productId: z.uuid() }),
  authorize: accountAction("namedUsers.bulkChange"),
  handle: async ({ request, db, actor, params }) => {
    const search = new URL(request.url).searchParams;
    const result = await searchProductCandidates(db, actor.personId, { ...params, q: search.get("q") ?? "", limit: search.get("limit") ?? undefined });
    if (result.ok) return Response.json(result.data, { headers: { "cache-control": "no-store" } });
    return failureResponse(result);
  },
});
