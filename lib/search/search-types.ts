import { z } from "zod";
import { text } from "@/lib/input/schemas";

/** The palette's groups, in the order it shows them. Client-safe: the component imports this file. */
export const SEARCH_KINDS = ["page", "person", "contract", "hub", "project"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = { page: "Pages", person: "People", contract: "Contracts", hub: "Hubs", project: "Projects" };

/** One hit: what the palette shows (label, a secondary line) and where Enter goes. */
export type SearchResult = { kind: SearchKind; id: string; label: string; detail: string; href: string };
export type SearchAnswer = { q: string; results: SearchResult[] };

/** The search text at the door: trimmed, 1 to 100 characters, no control characters (a NUL among them). */
export const searchQuery = z.object({ q: text({ max: 100, min: 1, minMessage: "Type something to search for.", maxMessage: "Search for at most 100 characters." }) });

/** At most this many hits of each kind: the palette is a jump list, not a results page. */
export const PER_KIND = 6;
