import { cursorText, cursorTimestamp, decodeCursorWith } from "@/lib/input/schemas";
import { z } from "zod";
import type { NamedUserSort } from "./list-query";

/**
 * Keyset cursors for the By User table: the sort key of the last row shown, with the sort
 * and direction it belongs to, so a cursor never continues a different order.
 * Keys: name = [lower(last name), lower(first name), person id]; email = [email, person id];
 * status = [status, date added, person id]; added = [date added, person id]. Dates are ISO
 * strings with microseconds, as PostgreSQL stores them, so no row is skipped or repeated.
 */
export type CursorKey = string[];

export function encodeCursor(sort: NamedUserSort, dir: "asc" | "desc", key: CursorKey): string {
  return Buffer.from(JSON.stringify({ s: sort, d: dir, k: key })).toString("base64url");
}

const status = z.enum(["invited", "active"]);
/** Each sort's key, checked value by value: an impossible date or a NUL byte never reaches a query. */
const KEYS: Record<NamedUserSort, z.ZodType<string[]>> = {
  name: z.tuple([cursorText, cursorText, cursorText]),
  email: z.tuple([cursorText, cursorText]),
  status: z.tuple([status, cursorTimestamp, cursorText]),
  added: z.tuple([cursorTimestamp, cursorText]),
};

/** The key to continue after, or null when the cursor is malformed or made for another order. */
export function decodeCursor(cursor: string, sort: NamedUserSort, dir: "asc" | "desc"): CursorKey | null {
  const value = decodeCursorWith(cursor, z.object({ s: z.literal(sort), d: z.literal(dir), k: KEYS[sort] }));
  return value ? value.k : null;
}
