import type { Db } from "@/db/client";
// The queries the By User page runs. If they move, change these imports (and nothing else).
import { listNamedUsers } from "@/lib/accounts/named-users/list-named-users";
import { listProductSeats } from "@/lib/seats/product-seats";

export type ByUserParams = { q?: string; after?: string };
export type ByUserPage = { rows: Array<{ email: string; personId: string }>; next: string | null };

/** The page size By User shows by default. */
export const PAGE_SIZE = 50;

/** One By User page, exactly as the page asks for it (the function takes `limit` too, for following cursors). */
export function listByUser(db: Db, accountId: string, params: ByUserParams, limit = PAGE_SIZE): Promise<ByUserPage> {
  return listNamedUsers(db, accountId, { ...params, limit });
}

/** The page's other list query: every product's seats, for its filter and bulk menus. */
export async function listPageProducts(db: Db, accountId: string): Promise<void> {
  await listProductSeats(db, accountId);
}

export function byUserUrl(accountId: string, params: ByUserParams): string {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const s = search.toString();
  return `/accounts/${accountId}/users${s ? `?${s}` : ""}`;
}

/** A cursor `depth` rows into the name order, found by following the query's own cursors. */
export async function cursorAt(db: Db, accountId: string, depth: number): Promise<string> {
  const step = 200;
  let after: string | undefined;
  for (let seen = 0; seen < depth; seen += step) {
    const page = await listByUser(db, accountId, after ? { after } : {}, Math.min(step, depth - seen));
    if (!page.next) throw new Error(`The account has fewer than ${depth} named users.`);
    after = page.next;
  }
  if (!after) throw new Error("No cursor: depth must be positive.");
  return after;
}
