import { z } from "zod";
import { isoDay, searchText } from "@/lib/input/schemas";

const text = (max: number) => searchText(max);
const day = z.preprocess((v) => (v === "" ? undefined : v), isoDay().optional());

/** The activity log's filters, as they travel in the URL (the page and the CSV export share them). */
export const auditFilterSchema = z
  .object({
    /** Actor's name or email, contains. */
    actor: text(200),
    /** An action key, exactly (chosen from the log's distinct actions). */
    action: text(100),
    /** Target's label (name, email, product…), contains; or its id, exactly. */
    target: text(200),
    /** Inclusive days, in UTC. */
    from: day,
    to: day,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start date must be on or before the end date.", path: ["to"] });

export type AuditFilters = z.infer<typeof auditFilterSchema>;

export const FILTER_KEYS = ["actor", "action", "target", "from", "to"] as const satisfies readonly (keyof AuditFilters)[];

type RawParams = Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Reads filters from search params. A malformed filter is dropped (the log is then
 * wider, never narrower, than asked) and its message returned for the form to show.
 */
export function parseAuditFilters(params: RawParams | URLSearchParams): { filters: AuditFilters; errors: Partial<Record<keyof AuditFilters, string>> } {
  const raw: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) raw[key] = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params, key);
  const parsed = auditFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, errors: {} };
  const errors: Partial<Record<keyof AuditFilters, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string" && (FILTER_KEYS as readonly string[]).includes(key)) {
      errors[key as keyof AuditFilters] ??= issue.message;
      delete raw[key];
    }
  }
  const retry = auditFilterSchema.safeParse(raw);
  return { filters: retry.success ? retry.data : {}, errors };
}

/** The filters as search params, for links that keep them (pager, export). */
export function auditFilterParams(filters: AuditFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v) p.set(key, v);
  }
  return p;
}
