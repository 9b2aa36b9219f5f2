/**
 * An env-gated counter of the statements the app sends to the database (DB_ROUND_TRIPS=count,
 * set by the end-to-end server and the benchmark; off everywhere else). The database client
 * counts each statement (and BEGIN + COMMIT for a transaction) into the counter of the
 * request it runs for; who "the request" is, the page layer tells through `setCounterScope`
 * (lib/pages/round-trips.ts, a React `cache()` per request). Nothing here knows about pages.
 */
export type RoundTripCounter = { n: number };

const SCOPE = Symbol.for("portal.roundTrips.scope");
type GlobalWithScope = typeof globalThis & { [SCOPE]?: () => RoundTripCounter | undefined };

export function roundTripCounting(): boolean {
  return process.env.DB_ROUND_TRIPS === "count";
}

/** Where statements are counted: the current request's counter, or undefined (not counted). */
export function setCounterScope(resolve: () => RoundTripCounter | undefined): void {
  (globalThis as GlobalWithScope)[SCOPE] = resolve;
}

export function countRoundTrips(n = 1): void {
  const counter = (globalThis as GlobalWithScope)[SCOPE]?.();
  if (counter) counter.n += n;
}
