/**
 * Runs once per server process: opens the database (migrating it, and seeding the demo
 * world into an empty embedded one) before the first request, and starts the outbox
 * sender loop. Opening PGlite takes seconds, so it must not wait for the first sign-in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db/client");
  const db = await getDb();
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxLoop } = await import("./lib/outbox/sender");
    startOutboxLoop(db);
  }
}
