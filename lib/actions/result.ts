/** What every action and service returns: a value or a failure a person can read. */
export type Failure =
  | { ok: false; code: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { ok: false; code: "denied"; rule: string; reason: string; message: string }
  | { ok: false; code: "not_found"; message: string }
  | { ok: false; code: "conflict"; message: string; rule?: string }
  | { ok: false; code: "rate_limited"; message: string; retryAfterMs: number }
  | { ok: false; code: "error"; message: string };

export type ActionResult<T> = { ok: true; data: T } | Failure;

/**
 * A known failure thrown inside a service's transaction: it rolls the transaction back
 * and reaches the caller as a typed result, never as a stack trace.
 */
export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "conflict" | "denied",
    message: string,
    readonly rule?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "This page"): DomainError => new DomainError("not_found", `${what} was not found.`);
export const conflict = (message: string, rule?: string): DomainError => new DomainError("conflict", message, rule);
