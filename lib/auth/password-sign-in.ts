import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { emailAddress, text } from "@/lib/input/schemas";
import { LIMITS } from "@/lib/security/limits";
import { clearLimit, hitLimit, minutesText, peekLimit } from "@/lib/security/rate-limit";
import { ssoRequiredFor } from "./sso-enforcement";

export const passwordInput = z.object({ email: emailAddress(), password: text({ min: 1, max: 200, trim: false }) });

export type PasswordPerson = { id: string; email: string; name: string | null; sessionVersion: number };
export type PasswordOutcome =
  | { ok: true; person: PasswordPerson }
  | { ok: false; code: "invalid_credentials" | "sso_required" }
  | { ok: false; code: "rate_limited"; retryAfterMs: number };

/** What a refused sign-in says once failures from this email or address reached the limit. */
export function passwordLimitMessage(retryAfterMs: number): string {
  return `Too many failed sign-ins for this email address or from your network. Try again in ${minutesText(retryAfterMs)}.`;
}

/**
 * Whether this email or client address has failed too often (LIMITS.passwordFailures*):
 * then every attempt is refused, the right password too, until the window has passed.
 */
export async function passwordSignInLimited(db: Db, email: string, address: string, now: Date = new Date()): Promise<number | null> {
  const [byEmail, byAddress] = await Promise.all([peekLimit(db, LIMITS.passwordFailuresPerEmail, email, now), peekLimit(db, LIMITS.passwordFailuresPerAddress, address, now)]);
  const waits = [byEmail, byAddress].flatMap((s) => (s.limited ? [s.retryAfterMs] : []));
  return waits.length ? Math.max(...waits) : null;
}

/**
 * The demo-password check behind Auth.js's Credentials provider (its authorize), so the same
 * rules hold for the sign-in form and a direct POST to /api/auth/callback/password: SSO-only
 * domains first (the answer is the same whatever password was typed), then the rate limits,
 * then the password. A failure counts against the email and the client address.
 */
export async function checkPasswordSignIn(db: Db, raw: unknown, ctx: { address: string; now?: Date }): Promise<PasswordOutcome> {
  const now = ctx.now ?? new Date();
  const parsed = passwordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid_credentials" };
  const { email, password } = parsed.data;
  if (await ssoRequiredFor(db, email)) return { ok: false, code: "sso_required" };
  const wait = await passwordSignInLimited(db, email, ctx.address, now);
  if (wait !== null) return { ok: false, code: "rate_limited", retryAfterMs: wait };
  const [person] = await db
    .select({ id: people.id, email: people.email, name: people.name, hash: people.passwordHash, sv: people.sessionVersion })
    .from(people)
    .where(eq(people.email, email))
    .limit(1);
  if (!person?.hash || !verifyPassword(password, person.hash)) {
    await hitLimit(db, LIMITS.passwordFailuresPerEmail, email, now);
    await hitLimit(db, LIMITS.passwordFailuresPerAddress, ctx.address, now);
    return { ok: false, code: "invalid_credentials" };
  }
  // The owner proved the password: the email's earlier failures are forgotten (the address's are not).
  await clearLimit(db, LIMITS.passwordFailuresPerEmail, email);
  return { ok: true, person: { id: person.id, email: person.email, name: person.name, sessionVersion: person.sv } };
}
