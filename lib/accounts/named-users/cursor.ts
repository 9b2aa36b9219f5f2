import type { NamedUserSort } from "./list-query";

/**
 * Keyset cursors for the By User table: the sort key of the last row shown, with the sort
 * and direction it belongs to, so a cursor never continues a different order.
 * Keys: name = [lower(last name), lower(first name), person id]; email = [email, person id];
 * status = [status, date added, person id]; added = [date added, person id]. Dates are ISO
 * strings with microseconds, as PostgreSQL stores them, so no row is skipped or repeated.
 */
export type CursorKey = string[];

const KEY_LENGTH: Record<NamedUserSort, number> = { name: 3, email: 2, status: 3, added: 2 };
const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(sort: NamedUserSort, dir: "asc" | "desc", key: CursorKey): string {
  return Buffer.from(JSON.stringify({ s: sort, d: dir, k: key })).toString("base64url");
}

/** The key to continue after, or null when the cursor is malformed or made for another order. */
export function decodeCursor(cursor: string, sort: NamedUserSort, dir: "asc" | "desc"): CursorKey | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { s, d, k } = value as { s?: unknown; d?: unknown; k?: unknown };
  if (s !== sort || d !== dir || !Array.isArray(k) || k.length !== KEY_LENGTH[sort]) return null;
  if (!k.every((v): v is string => typeof v === "string")) return null;
  if (sort === "status" && !(k[0] === "invited" || k[0] === "active")) return null;
  const dateAt = sort === "status" ? 1 : sort === "added" ? 0 : -1;
  if (dateAt >= 0 && !ISO_MICROS.test(k[dateAt] ?? "")) return null;
  return k;
}
