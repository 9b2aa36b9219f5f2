/** Keyset cursor over people ordered by (last name, first name, id): opaque in the URL. */
export type NameKey = { lastName: string; firstName: string; personId: string };

export function encodeNameCursor(row: NameKey): string {
  return Buffer.from(JSON.stringify([row.lastName, row.firstName, row.personId])).toString("base64url");
}

/** null for anything that is not a cursor this module made: the list then starts at the top. */
export function decodeNameCursor(cursor: string | undefined): NameKey | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string")) return null;
    const [lastName, firstName, personId] = value as [string, string, string];
    return { lastName, firstName, personId };
  } catch {
    return null;
  }
}

/** `%text%` for ILIKE, with the pattern's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
