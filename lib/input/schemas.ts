import { z } from "zod";

/**
 * The shared input schemas: every text that reaches the portal from outside (form fields,
 * action inputs, query strings, CSV cells, cursors) is read through these, so the rules hold
 * in one place. Text never holds a NUL byte (PostgreSQL refuses it in any text value, which
 * turned such input into a 500) nor other control characters save tab and newlines, nor the
 * Unicode direction controls that reorder whole spans of text (embeddings, overrides, isolates:
 * a name holding U+202E shows up reversed, and reorders what follows it on the page); dates
 * are real calendar days PostgreSQL can store; cursors are checked before any query.
 * Every schema of the portal builds its strings from `text()`.
 */

// C0 controls except tab, LF and CR; DEL. U+0000 is the one PostgreSQL refuses outright.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_MESSAGE = "Remove the control characters (such as a NUL byte) from this text.";

export const hasControlCharacters = (value: string): boolean => CONTROL.test(value);

// Direction controls with a scope: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI,
// PDI (U+2066–U+2069). The zero-width marks LRM, RLM and ALM (U+200E, U+200F, U+061C) have no
// scope, reorder nothing beyond the characters beside them, and right-to-left keyboards type
// them in ordinary names: they stay allowed.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
export const DIRECTION_CONTROL_MESSAGE = "Remove the invisible text-direction characters (U+202A–U+202E, U+2066–U+2069) from this text: they make it show in another order.";

export const hasDirectionControls = (value: string): boolean => DIRECTION_CONTROL.test(value);

/** Text with no NUL byte, other control character or direction control; trimmed unless `trim: false`; at most `max` characters. */
export function text(opts: { max: number; min?: number; trim?: boolean; minMessage?: string; maxMessage?: string; typeMessage?: string }) {
  const clean = z
    .string(opts.typeMessage ? { error: opts.typeMessage } : undefined)
    .refine((v) => !hasControlCharacters(v), CONTROL_MESSAGE)
    .refine((v) => !hasDirectionControls(v), DIRECTION_CONTROL_MESSAGE);
  let s = opts.trim === false ? clean : clean.trim();
  if (opts.min !== undefined) s = s.min(opts.min, opts.minMessage);
  return s.max(opts.max, opts.maxMessage);
}

/** An email address: trimmed, lowercased, at most 254 characters. */
export const emailAddress = (message = "Enter a valid email address.") =>
  text({ max: 254, maxMessage: "Use at most 254 characters." }).toLowerCase().pipe(z.email(message));

/** A search box: optional, blank means absent. */
export const searchText = (max = 200) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), text({ max }).optional());

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as YYYY-MM-DD between 1900-01-01 and 9999-12-31 (PostgreSQL has no year 0, and 2026-02-30 is no day). */
export function isoDay(message = "Enter a date as YYYY-MM-DD.") {
  return text({ max: 10 }).refine((v) => {
    const m = DAY.exec(v);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  }, message);
}

const ISO_MICROS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z$/;

/** A timestamp as cursors hold it (UTC, microseconds), and a real one: no month 13, no 25:61. */
export const cursorTimestamp = z.string().refine((v) => {
  const m = ISO_MICROS.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
}, "Not a valid time.");

/** Decodes an opaque base64url JSON cursor and checks it against `schema`; null when it is not one. */
export function decodeCursorWith<T>(cursor: string, schema: z.ZodType<T>): T | null {
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Text inside a cursor (a name, an email): no control characters, bounded. */
export const cursorText = text({ max: 400, trim: false });
export const cursorUuid = z.uuid();

export const INVALID_CURSOR_MESSAGE = "This page link is invalid or out of date: its position in the list cannot be read. Start again from the first page.";
