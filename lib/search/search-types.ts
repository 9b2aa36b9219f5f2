/**
 * The palette's groups, in the order it shows them. Client-safe, and free of zod: the component
 * imports this file, and zod's first parse probes `new Function`, which the CSP refuses (a violation).
 */
export const SEARCH_KINDS = ["page", "person", "contract", "hub", "project"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = { page: "Pages", person: "People", contract: "Contracts", hub: "Hubs", project: "Projects" };

/** One hit: what the palette shows (label, a secondary line) and where Enter goes. */
export type SearchResult = { kind: SearchKind; id: string; label: string; detail: string; href: string };
export type SearchAnswer = { q: string; results: SearchResult[] };


/** At most this many hits of each kind: the palette is a jump list, not a results page. */
export const PER_KIND = 6;
