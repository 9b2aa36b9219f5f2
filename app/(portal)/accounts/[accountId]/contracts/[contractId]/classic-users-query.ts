import { z } from "zod";
import { searchText, text } from "@/lib/input/schemas";
import { decodeUserCursor } from "@/lib/contracts/load-contract-details";

/** The classic users' search and keyset position (the Users tab; the Overview forwards old links that carry them). */
export const contractUsersQuery = z.object({ q: searchText(200), after: text({ max: 600, trim: false }).optional() });

export const contractUsersCursorOk = (query: { after?: string }) => decodeUserCursor(query.after!) !== null;

/** The Users tab's address with a search and a position. */
export function contractUsersHref(base: string, q: string | undefined, after: string | undefined): string {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (after) p.set("after", after);
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}
