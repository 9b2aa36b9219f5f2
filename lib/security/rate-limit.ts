import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitCounters } from "@/db/schema";

/**
 * Rate limits with their counters in the database (PostgreSQL, or PGlite embedded), so
 * every app instance counts the same hits. A counter is a fixed window that starts at its
 * first hit: `max` hits are allowed in `windowMs`, then refused until the window has passed,
 * when the next hit starts a new one. Keys are stored as SHA-256, not as the email address
 * or client address they were made from. The clock is a parameter, so tests need no sleeps.
 */
export type Limit = { bucket: string; max: number; windowMs: number };

export type LimitState = { limited: false; hits: number } | { limited: true; hits: number; retryAfterMs: number };

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

function state(limit: Limit, hits: number, windowStart: Date, now: Date): LimitState {
  const retryAfterMs = windowStart.getTime() + limit.windowMs - now.getTime();
  if (retryAfterMs <= 0) return { limited: false, hits: 0 };
  return hits >= limit.max ? { limited: true, hits, retryAfterMs } : { limited: false, hits };
}

/** Where the key stands now, without counting anything (e.g. before checking a password). */
export async function peekLimit(db: Db, limit: Limit, key: string, now: Date = new Date()): Promise<LimitState> {
  const [row] = await db
    .select({ hits: rateLimitCounters.hits, windowStart: rateLimitCounters.windowStart })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.bucket, limit.bucket), eq(rateLimitCounters.key, hashKey(key))));
  return row ? state(limit, row.hits, row.windowStart, now) : { limited: false, hits: 0 };
}

/**
 * Counts one hit and answers whether it is within the limit. One statement (an upsert that
 * restarts an expired window), so concurrent hits from several instances are all counted.
 */
export async function hitLimit(db: Db, limit: Limit, key: string, now: Date = new Date()): Promise<LimitState> {
  const expiredBefore = new Date(now.getTime() - limit.windowMs);
  const expired = sql`${rateLimitCounters.windowStart} <= ${expiredBefore.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ bucket: limit.bucket, key: hashKey(key), windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.key],
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimitCounters.hits} + 1 end`,
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimitCounters.windowStart} end`,
      },
    })
    .returning({ hits: rateLimitCounters.hits, windowStart: rateLimitCounters.windowStart });
  const { hits, windowStart } = row!;
  const retryAfterMs = windowStart.getTime() + limit.windowMs - now.getTime();
  return hits > limit.max ? { limited: true, hits, retryAfterMs } : { limited: false, hits };
}

/** Forgets a key (e.g. the email's failures after a successful sign-in). */
export async function clearLimit(db: Db, limit: Limit, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(and(eq(rateLimitCounters.bucket, limit.bucket), eq(rateLimitCounters.key, hashKey(key))));
}

/** Deletes counters whose window ended long ago, so the table stays small. */
export async function pruneLimits(db: Db, olderThanMs: number, now: Date = new Date()): Promise<number> {
  const rows = await db
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, new Date(now.getTime() - olderThanMs)))
    .returning({ bucket: rateLimitCounters.bucket });
  return rows.length;
}

/** "at most 10 an hour", "at most 10 every 15 minutes": a limit in words. */
export function limitText(limit: Limit): string {
  return `at most ${limit.max} ${limit.windowMs === 3_600_000 ? "an hour" : `every ${minutesText(limit.windowMs)}`}`;
}

/** "2 minutes", rounded up: what a refusal tells the person. */
export function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
