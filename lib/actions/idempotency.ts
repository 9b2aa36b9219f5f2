import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { text } from "@/lib/input/schemas";
import { conflict } from "./result";

/**
 * Requests that apply once (AP-5 Decision; the CSV import now, every API write later): the
 * caller makes a key when the request starts (a page, a client) and sends it with every try.
 * Inside the change's transaction, after the policy has allowed it, `claimIdempotencyKey`
 * either claims the key (the change runs, then `recordIdempotentResult` stores its answer in
 * the same transaction) or finds it claimed and returns the first answer, to be given again
 * with nothing written. Two requests with one key at the same moment: the second waits on the
 * key's primary key until the first commits (then replays it) or rolls back (then runs).
 */
export type IdempotencyClaim = {
  /** What the key is for, e.g. "namedUsers.import:<accountId>": a key is unique within its scope. */
  scope: string;
  key: string;
  actorId: string;
  /** The request the key was made for: the same key with another request is refused. */
  request: unknown;
};

/** A key as clients make it: a UUID or any opaque token of 16 to 100 URL-safe characters. */
export const idempotencyKeyInput = text({ min: 16, max: 100, minMessage: "The request's key is missing: reload the page and start again." }).regex(
  /^[A-Za-z0-9_-]+$/,
  "The request's key may hold only letters, digits, - and _.",
);

const hashRequest = (request: unknown): string => createHash("sha256").update(JSON.stringify(request) ?? "").digest("hex");

const KEY_REUSED = "This request's key was already used for another request, so nothing was changed: start again (AP-5).";

/** Claims the key for this request (null: go on, then record the result), or returns the first answer (nothing to do). */
export async function claimIdempotencyKey<T>(tx: Db, claim: IdempotencyClaim, result: z.ZodType<T>): Promise<{ replay: T } | null> {
  const requestHash = hashRequest(claim.request);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope: claim.scope, key: claim.key, actorId: claim.actorId, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length) return null;
  const [first] = await tx
    .select({ actorId: idempotencyKeys.actorId, requestHash: idempotencyKeys.requestHash, result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
  // Someone else's key, or this key with another request: never their answer, never a second change.
  // conflict: the key was used for another request or by someone else (AP-5), not a permission.
  if (!first || first.actorId !== claim.actorId || first.requestHash !== requestHash) throw conflict(KEY_REUSED, "AP-5");
  const parsed = result.safeParse(first.result);
  // conflict: the stored first answer no longer reads as this request's answer (AP-5).
  if (!parsed.success) throw conflict(KEY_REUSED, "AP-5");
  return { replay: parsed.data };
}

/** Stores the answer to give again, in the transaction that made the change. */
export async function recordIdempotentResult(tx: Db, claim: IdempotencyClaim, result: unknown): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ result })
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
}

/** How long a key answers again: a retry comes within minutes; a day leaves room for a client that was offline. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60_000;

/** Deletes keys older than `olderThanMs` (the prune loop runs it hourly); a request with such a key runs as new. */
export async function pruneIdempotencyKeys(db: Db, olderThanMs = IDEMPOTENCY_KEY_TTL_MS, now: Date = new Date()): Promise<number> {
  const rows = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - olderThanMs))).returning({ key: idempotencyKeys.key });
  return rows.length;
}
