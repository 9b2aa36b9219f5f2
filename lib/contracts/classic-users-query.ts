import { z } from "zod";
import { cursorText, decodeCursorWith, INVALID_CURSOR_MESSAGE, searchText, text } from "@/lib/input/schemas";

/**
 * The state of "classic users across my contracts" as the URL holds it: search, contract,
 * product, role (contract manager, software coordinator, user) and the keyset cursor. The
 * filters are those of Autodesk Account's classic users list. A bad filter falls back to none.
 */
export const CLASSIC_ROLES = ["manager", "coordinator", "user"] as const;
export type ClassicRole = (typeof CLASSIC_ROLES)[number];
export const CLASSIC_ROLE_LABELS: Record<ClassicRole, string> = { manager: "Contract manager", coordinator: "Software coordinator", user: "User" };

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => {
  const s = one(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

export const classicUsersQuery = z.object({
  q: z.preprocess(one, searchText(200)).catch(undefined),
  contract: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  product: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  role: z.preprocess(blank, z.enum(CLASSIC_ROLES).optional()).catch(undefined),
  after: z.preprocess(blank, text({ max: 600, trim: false }).optional()).catch(undefined),
  limit: z.preprocess(one, z.coerce.number().int().min(1).max(1000)).catch(50),
});
export type ClassicUsersQuery = z.output<typeof classicUsersQuery>;

export const parseClassicUsersQuery = (raw: unknown): ClassicUsersQuery => classicUsersQuery.parse(raw ?? {});

/** Keyset: [email, contract number, role], the order of the list (an email is one person; a contract number is unique; a CM may also be a user). */
export type ClassicCursorKey = [string, string, ClassicRole];
export const encodeClassicCursor = (key: ClassicCursorKey) => Buffer.from(JSON.stringify({ k: key })).toString("base64url");
export const decodeClassicCursor = (cursor: string): ClassicCursorKey | null => decodeCursorWith(cursor, z.object({ k: z.tuple([cursorText, cursorText, z.enum(CLASSIC_ROLES)]) }))?.k ?? null;

/** Why a URL cannot be answered as asked (a search with control characters, a broken cursor), or null. */
export function classicUsersProblem(raw: unknown): string | null {
  const parts = z.object({ q: z.preprocess(one, searchText(200)), after: z.preprocess(blank, text({ max: 600, trim: false }).optional()) }).safeParse(raw ?? {});
  if (!parts.success) return parts.error.issues[0]?.path[0] === "q" ? `Search: ${parts.error.issues[0]!.message}` : INVALID_CURSOR_MESSAGE;
  if (parts.data.after && !decodeClassicCursor(parts.data.after)) return INVALID_CURSOR_MESSAGE;
  return null;
}

/** The query string for a state, defaults left out. */
export function classicUsersHref(base: string, q: Partial<ClassicUsersQuery>): string {
  const p = new URLSearchParams();
  for (const k of ["q", "contract", "product", "role", "after"] as const) if (q[k]) p.set(k, String(q[k]));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}
