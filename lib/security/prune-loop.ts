import type { Db } from "@/db/client";
import { PRUNE_AFTER_MS } from "./limits";
import { pruneLimits } from "./rate-limit";
import { pruneIdempotencyKeys } from "@/lib/actions/idempotency";

const LOOP = Symbol.for("portal.rate-limit.prune");
type G = typeof globalThis & { [LOOP]?: ReturnType<typeof setInterval> };

/** Hourly, deletes rate-limit counters whose window ended a day ago and idempotency keys older than a day (any instance may; deletes are idempotent). */
export function startLimitPruning(db: Db, everyMs = 60 * 60_000): void {
  const g = globalThis as G;
  if (g[LOOP]) return;
  g[LOOP] = setInterval(() => {
    pruneLimits(db, PRUNE_AFTER_MS).catch((error: unknown) => console.error("rate-limit pruning:", error));
    pruneIdempotencyKeys(db).catch((error: unknown) => console.error("idempotency-key pruning:", error));
  }, everyMs);
  g[LOOP].unref?.();
}
