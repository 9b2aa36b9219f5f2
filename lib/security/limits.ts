import type { Limit } from "./rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The portal's rate limits (docs/configuration.md, Rate limits). Counted in the database
 * (rate-limit.ts), per key: an email address, a client address (client-address.ts) or an
 * actor (the signed-in person).
 */
export const LIMITS = {
  /** Failed password sign-ins for one email address: the 11th attempt within 15 minutes is refused. */
  passwordFailuresPerEmail: { bucket: "password-failures:email", max: 10, windowMs: 15 * MINUTE },
  /** Failed password sign-ins from one client address, whatever the email. */
  passwordFailuresPerAddress: { bucket: "password-failures:address", max: 10, windowMs: 15 * MINUTE },
  /** Sign-in links emailed to one email address. */
  emailLinksPerEmail: { bucket: "email-links:email", max: 5, windowMs: HOUR },
  /** Sign-in links asked for from one client address (any email). */
  emailLinksPerAddress: { bucket: "email-links:address", max: 20, windowMs: HOUR },
  /** Invitations one admin sends (adding a named user or a secondary admin emails them). */
  invitationsPerActor: { bucket: "invitations:actor", max: 100, windowMs: HOUR },
  /** CSV imports one admin starts. */
  importsPerActor: { bucket: "imports:actor", max: 10, windowMs: HOUR },
} as const satisfies Record<string, Limit>;

/** Counters this much older than their window are deleted now and then. */
export const PRUNE_AFTER_MS = 24 * HOUR;
