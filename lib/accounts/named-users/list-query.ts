import { z } from "zod";
import { INVALID_CURSOR_MESSAGE, searchText, text } from "@/lib/input/schemas";
import { decodeCursor } from "./cursor";

/**
 * The By User table's state, as the URL holds it (q, sort, dir, product, role, status,
 * after) so a view can be shared and reloaded. Pure: pages, route handlers and client
 * components share it. A bad value falls back to its default instead of failing the page.
 */
export const NAMED_USER_SORTS = ["name", "email", "status", "added"] as const;
export type NamedUserSort = (typeof NAMED_USER_SORTS)[number];
export const NAMED_USER_ROLE_FILTERS = ["primary", "secondary", "admin", "none"] as const;
export type NamedUserRoleFilter = (typeof NAMED_USER_ROLE_FILTERS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const s = one(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

export const namedUserListQuery = z.object({
  q: z.preprocess(one, searchText(200)).catch(undefined),
  sort: z.preprocess(one, z.enum(NAMED_USER_SORTS)).catch("name"),
  dir: z.preprocess(one, z.enum(["asc", "desc"])).catch("asc"),
  product: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  role: z.preprocess(blankToUndefined, z.enum(NAMED_USER_ROLE_FILTERS).optional()).catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(["invited", "active"]).optional()).catch(undefined),
  /** Opaque keyset cursor (cursor.ts); one made for another sort is ignored. */
  after: z.preprocess(blankToUndefined, text({ max: 600, trim: false }).optional()).catch(undefined),
  limit: z.preprocess(one, z.coerce.number().int().min(1).max(1000)).catch(50),
});
export type NamedUserListQuery = z.output<typeof namedUserListQuery>;
/** What callers may pass: any subset; the rest takes its default. */
export type NamedUserListParams = Partial<NamedUserListQuery>;

export function parseNamedUserListQuery(raw: unknown): NamedUserListQuery {
  return namedUserListQuery.parse(raw ?? {});
}

// The parts that are not quietly defaulted: a search or a position that cannot be read
// must say so, or the page would show a list that is not what the URL asked for.
const strictParts = z.object({
  q: z.preprocess(one, searchText(200)),
  after: z.preprocess(blankToUndefined, text({ max: 600, trim: false }).optional()),
});

/** Why a By User URL (page or export) cannot be answered as asked, or null when it can. */
export function namedUserListProblem(raw: unknown): string | null {
  const parts = strictParts.safeParse(raw ?? {});
  if (!parts.success) {
    const issue = parts.error.issues[0];
    return issue?.path[0] === "q" ? `Search: ${issue.message}` : INVALID_CURSOR_MESSAGE;
  }
  const query = parseNamedUserListQuery(raw);
  if (parts.data.after && !decodeCursor(parts.data.after, query.sort, query.dir)) return INVALID_CURSOR_MESSAGE;
  return null;
}

/**
 * The query string for a table state, leaving out defaults, so links stay short and
 * equal states give equal URLs. `limit` is not part of the shared state.
 */
export function namedUserListSearch(query: Partial<NamedUserListQuery>): string {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.sort && query.sort !== "name") p.set("sort", query.sort);
  if (query.dir && query.dir !== "asc") p.set("dir", query.dir);
  if (query.product) p.set("product", query.product);
  if (query.role) p.set("role", query.role);
  if (query.status) p.set("status", query.status);
  if (query.after) p.set("after", query.after);
  const s = p.toString();
  return s ? `?${s}` : "";
}
