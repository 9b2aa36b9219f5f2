/**
 * Runs once per server process: opens (and migrates) the database before the first request,
 * seeds the demo world into an empty one when wanted (lib/demo), and starts the outbox
 * sender loop. Opening PGlite takes seconds, so it must not wait for the first sign-in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getHandle } = await import("./db/client");
  const handle = await getHandle();
  const { seedDemoWorldOnStart } = await import("./lib/demo/seed-on-start");
  await seedDemoWorldOnStart(handle);
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxLoop } = await import("./lib/outbox/sender");
    startOutboxLoop(handle.db);
  }
}
