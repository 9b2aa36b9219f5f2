import type { Db } from "@/db/client";
import { LIMITS } from "@/lib/security/limits";
import { hitLimit, minutesText, peekLimit } from "@/lib/security/rate-limit";

/** What a refused email-link request says. */
export function emailLinkLimitMessage(retryAfterMs: number): string {
  return `Too many sign-in links were asked for this email address or from your network. Try again in ${minutesText(retryAfterMs)}.`;
}

/** Whether another link for this email, from this address, would be refused now (for the form's message); the wait in ms. */
export async function emailLinkLimited(db: Db, email: string, address: string, now: Date = new Date()): Promise<number | null> {
  const [byEmail, byAddress] = await Promise.all([peekLimit(db, LIMITS.emailLinksPerEmail, email, now), peekLimit(db, LIMITS.emailLinksPerAddress, address, now)]);
  const waits = [byEmail, byAddress].flatMap((s) => (s.limited ? [s.retryAfterMs] : []));
  return waits.length ? Math.max(...waits) : null;
}

/**
 * Counts one email-link request (Auth.js's signIn callback, for the form and a direct POST to
 * /api/auth/signin/email alike) and answers whether it may be sent: at most
 * LIMITS.emailLinksPerEmail per address an hour, and LIMITS.emailLinksPerAddress per client.
 */
export async function takeEmailLink(db: Db, email: string, address: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
  const byEmail = await hitLimit(db, LIMITS.emailLinksPerEmail, email, now);
  const byAddress = await hitLimit(db, LIMITS.emailLinksPerAddress, address, now);
  const waits = [byEmail, byAddress].flatMap((s) => (s.limited ? [s.retryAfterMs] : []));
  return waits.length ? { ok: false, retryAfterMs: Math.max(...waits) } : { ok: true };
}
