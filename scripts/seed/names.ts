import { contosoNamedUsers, fabrikamClassicUsers, northwindClassicUsers, northwindNamedUsers, type NamePair } from "@/lib/demo/demo-people";
import { personas } from "@/lib/demo/personas";

/**
 * First and last names for the large account, taken from the demo world's people so the
 * two look alike. The seed combines them (and a number in the email) into many people.
 */
const pairs: NamePair[] = [
  ...northwindNamedUsers,
  ...contosoNamedUsers,
  ...fabrikamClassicUsers,
  ...Object.values(northwindClassicUsers).flat(),
  ...Object.values(personas).map((p): NamePair => [p.firstName, p.lastName]),
];

const unique = (values: string[]) => [...new Set(values)].sort();

/** FNV-1a: a fixed, arbitrary order that is not the alphabet's. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export const firstNames: readonly string[] = unique(pairs.map(([first]) => first));
/**
 * In the order of their frequency in the seed (the first is the most common), which is
 * not alphabetical: otherwise the most common names would all sit on By User's first pages.
 */
export const lastNames: readonly string[] = unique(pairs.map(([, last]) => last)).sort((a, b) => hash(a) - hash(b));
