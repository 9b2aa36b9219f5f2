import { z } from "zod";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";

/** A page's `searchParams`, as Next.js hands them over: a repeated parameter is an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The query a page asked for, or why its address cannot be answered as asked (shown by `components/ui/invalid-request.tsx`). */
export type PageQuery<T> = { ok: true; query: T; params: Readonly<Record<string, string>> } | { ok: false; problem: string };

type Options<T> = {
  /** Whether the query's keyset position (`after`) is one of this list's own; checked only when there is one. */
  cursor?: (query: T) => boolean;
  /** How the page names its parameters in a problem ("Search", "Status"); `after` is always the page position. */
  labels?: Record<string, string>;
};

const LABELS: Record<string, string> = {
  q: "Search",
  sort: "Sort",
  dir: "Order",
  status: "Status",
  role: "Role",
  kind: "Kind",
  membership: "Membership",
  contract: "Contract",
  product: "Product",
  limit: "Page size",
  actor: "Who",
  action: "What",
  target: "Target",
  from: "From",
  to: "To",
};

function describe(issue: z.core.$ZodIssue, value: string | undefined): string {
  if (issue.code === "invalid_value" && value !== undefined) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `“${shown}” is not one of its choices (${issue.values.map(String).join(", ")}).`;
  }
  if (issue.code === "invalid_format" && issue.format === "uuid") return "this is not one of the portal's ids.";
  // Zod's own words for a length ("Too big: expected string to have <=200 characters").
  if (issue.code === "too_big" && issue.origin === "string") return `use at most ${String(issue.maximum)} characters.`;
  return issue.message;
}

/**
 * The one way a page reads its query string (issue 14). Every parameter the schema names is
 * checked as given: a value the page cannot honour (too long, a NUL byte, an unknown sort or
 * status, a position that is not this list's, the same parameter twice) is a problem to show,
 * never a 500 and never quietly replaced by a default, since the list would then not be what
 * the address says. A `.catch()` fallback in a shared schema keeps its default for a missing
 * value only. Blank values count as absent (a GET form sends `status=` for "any"). Parameters
 * the schema does not name are ignored.
 */
export async function readPageQuery<S extends z.ZodObject>(searchParams: Promise<SearchParams> | SearchParams, schema: S, options: Options<z.output<S>> = {}): Promise<PageQuery<z.output<S>>> {
  const raw = await searchParams;
  const shape: Record<string, z.ZodType> = schema.shape;
  const label = (key: string) => options.labels?.[key] ?? LABELS[key] ?? `The “${key}” parameter`;
  const params: Record<string, string> = {};
  for (const key of Object.keys(shape)) {
    const value = raw[key];
    if (Array.isArray(value)) return { ok: false, problem: key === "after" ? INVALID_CURSOR_MESSAGE : `${label(key)}: the address gives it more than once.` };
    if (value !== undefined && value.trim() !== "") params[key] = value;
  }
  for (const [key, value] of Object.entries(params)) {
    const field = shape[key]!;
    const strict = field instanceof z.ZodCatch ? (field.unwrap() as z.ZodType) : field;
    const checked = strict.safeParse(value);
    if (!checked.success) return { ok: false, problem: key === "after" ? INVALID_CURSOR_MESSAGE : `${label(key)}: ${describe(checked.error.issues[0]!, value)}` };
  }
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = typeof issue.path[0] === "string" ? issue.path[0] : null;
    return { ok: false, problem: key === "after" ? INVALID_CURSOR_MESSAGE : key ? `${label(key)}: ${describe(issue, params[key])}` : issue.message };
  }
  if (params.after !== undefined && options.cursor && !options.cursor(parsed.data)) return { ok: false, problem: INVALID_CURSOR_MESSAGE };
  return { ok: true, query: parsed.data, params };
}
