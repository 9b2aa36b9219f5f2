import { emailAddress } from "@/lib/input/schemas";

/** HB-7: at most this many addresses in one paste (dub caps a batch too). */
export const MAX_INVITES_PER_BATCH = 100;

export type ParsedAddresses = { valid: string[]; invalid: string[] };

const address = emailAddress();

/** A pasted list (commas, semicolons, spaces or lines), lowercased, duplicates dropped, each checked. */
export function parseAddressList(raw: string): ParsedAddresses {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const piece of raw.split(/[\s,;]+/)) {
    const item = piece.trim().replace(/^<|>$/g, "");
    if (!item) continue;
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const parsed = address.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(item);
  }
  return { valid, invalid };
}
