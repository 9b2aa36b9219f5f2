/**
 * Runs once per server process: opens (and migrates) the database before the first request,
 * seeds the demo world into an empty one when wanted (lib/demo), and starts the outbox
 * sender loop. Opening PGlite takes seconds, so it must not wait for the first sign-in.
 * Also: fixes the public URL for Auth.js, stamps each request with its TCP peer (rate limits
 * count by it), and says at start what a deployment would want to know (no AUTH_URL, no way
 * to deliver email, the development mailbox being open).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/http/peer-address");
  installPeerAddressStamp();
  const { publicOrigin, publicUrlConfigured, syncAuthUrl } = await import("./lib/config/public-url");
  if (!publicUrlConfigured()) {
    console.warn(`[portal] AUTH_URL is not set: links in emails point to ${publicOrigin()}. Set AUTH_URL to the portal's public URL.`);
  }
  syncAuthUrl();
  const { getHandle } = await import("./db/client");
  const handle = await getHandle();
  const { seedDemoWorldOnStart } = await import("./lib/demo/seed-on-start");
  await seedDemoWorldOnStart(handle);
  const db = handle.db;
  // After seeding: whether the demo world is present decides where emails go.
  const { deliveryMode } = await import("./lib/outbox/delivery-mode");
  const mode = await deliveryMode(db);
  if (mode === "outbox") {
    console.warn("[portal] No SMTP_URL and no development mailbox: emails (sign-in links, invitations) stay in the outbox, undelivered. List them with `npm run outbox:send -- --list`; set SMTP_URL to send them.");
  } else if (mode === "mailbox") {
    console.warn("[portal] The development mailbox is on (/dev/mailbox): anyone who can reach the portal reads every email it sends, sign-in links included. Never in a deployment: set SMTP_URL.");
  }
  if (process.env.OUTBOX_WORKER !== "off") {
    const { startOutboxLoop } = await import("./lib/outbox/sender");
    startOutboxLoop(db);
  }
  const { startLimitPruning } = await import("./lib/security/prune-loop");
  startLimitPruning(db);
}
