import type { Failure } from "./result";

/**
 * What people read when the database does not answer: the same words for an action that
 * could not run and a page that could not be shown (issue 14, "Faults").
 */
export const DATABASE_UNREACHABLE_MESSAGE = "The portal cannot reach its database right now; nothing was changed. Try again in a moment.";

/**
 * A server action call that never got its answer (components/hooks/use-server-action.ts): the
 * request failed on the way (network down, the server answered an error instead of a result).
 * The change may or may not have been made.
 */
export const NO_ANSWER: Failure = {
  ok: false,
  code: "error",
  message: "The portal did not answer, so this may not have been done. Reload the page to see where things stand, then try again.",
};

// Node's socket errors, and postgres.js's own codes for a connection that could not be made or died.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * PostgreSQL refusing or dropping the connection: class 08 (connection exception), 57P01-57P03
 * (shut down, cannot connect now), 53300 (too many connections), 3D000 (no such database), and
 * 55000 when it says the database does not accept connections.
 */
function isServerRefusal(code: string, message: string): boolean {
  return code.startsWith("08") || /^57P0[1-3]$/.test(code) || code === "53300" || code === "3D000" || (code === "55000" && /accepting connections/i.test(message));
}

/** Whether an error (or one it wraps, as drizzle does) means the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || isServerRefusal(code, typeof message === "string" ? message : ""))) return true;
    // Node's AggregateError for a host with several addresses, each refused.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnreachable(inner))) return true;
    e = cause;
  }
  return false;
}

/**
 * A failure nobody planned for, as a result a person can read: the database being out of
 * reach says so; anything else is the generic message. Logged with its stack, never shown.
 */
export function unexpectedFailure(action: string, error: unknown): Failure {
  console.error(`action ${action} failed:`, error);
  return { ok: false, code: "error", message: isDatabaseUnreachable(error) ? DATABASE_UNREACHABLE_MESSAGE : "Something went wrong and nothing was changed. Try again." };
}
