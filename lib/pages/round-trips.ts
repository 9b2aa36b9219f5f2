import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { after } from "next/server";
import { roundTripCounting, setCounterScope, type RoundTripCounter } from "@/db/round-trips";

/**
 * Round trips per page, for the end-to-end tests and the benchmark (DB_ROUND_TRIPS=count):
 * a request that sends the probe header gets its statements counted, and the count is kept
 * under the header's value once the response is done, for GET /api/dev/round-trips?id=…
 */
export const ROUND_TRIP_PROBE_HEADER = "x-round-trip-probe";

// One counter per request: React's cache() is per server render, and outside one it
// hands out a fresh object, so background work (the outbox loop) is never counted. Kept on
// globalThis: each route's bundle may load this module again, and all must share one.
const COUNTER = Symbol.for("portal.roundTrips.counter");
type GlobalWithCounter = typeof globalThis & { [COUNTER]?: () => RoundTripCounter };
const g = globalThis as GlobalWithCounter;
g[COUNTER] ??= cache((): RoundTripCounter => ({ n: 0 }));
const requestCounter = g[COUNTER];
setCounterScope(requestCounter);

const RESULTS = Symbol.for("portal.roundTrips.results");
type GlobalWithResults = typeof globalThis & { [RESULTS]?: Map<string, number> };

function results(): Map<string, number> {
  const g = globalThis as GlobalWithResults;
  g[RESULTS] ??= new Map();
  return g[RESULTS];
}

/** Called by the portal layout: when probed, keeps this request's count after the response. */
export async function probeRoundTrips(): Promise<void> {
  if (!roundTripCounting()) return;
  const id = (await headers()).get(ROUND_TRIP_PROBE_HEADER);
  if (!id) return;
  const counter = requestCounter();
  after(() => {
    const kept = results();
    if (kept.size > 1000) kept.clear();
    kept.set(id, counter.n);
  });
}

/** The count kept for a probe id, or null (unknown id, or counting is off). */
export function probedRoundTrips(id: string): number | null {
  if (!roundTripCounting()) return null;
  return results().get(id) ?? null;
}
