import { z } from "zod";
import { cursorText, decodeCursorWith } from "@/lib/input/schemas";

/** Keyset cursor over people ordered by (last name, first name, id): opaque in the URL. */
export type NameKey = { lastName: string; firstName: string; personId: string };

export function encodeNameCursor(row: NameKey): string {
  return Buffer.from(JSON.stringify([row.lastName, row.firstName, row.personId])).toString("base64url");
}

/** null for anything that is not a cursor this module made: the list then starts at the top. */
export function decodeNameCursor(cursor: string | undefined): NameKey | null {
  if (!cursor) return null;
  const value = decodeCursorWith(cursor, z.tuple([cursorText, cursorText, cursorText]));
  return value ? { lastName: value[0], firstName: value[1], personId: value[2] } : null;
}
