import { count } from "drizzle-orm";
import { isEmbedded, type getHandle } from "@/db/client";
import { accounts } from "@/db/schema";
import { seedDemoWorld } from "./demo";

type Handle = Awaited<ReturnType<typeof getHandle>>;

/** The embedded database gets the demo world by default; PostgreSQL only with SEED_DEMO=1. */
export function demoWorldWanted(env: Record<string, string | undefined> = process.env): boolean {
  return env.SEED_DEMO ? env.SEED_DEMO === "1" : isEmbedded();
}

/**
 * Run by the app's start (instrumentation.ts): seeds the demo world into an empty database
 * when wanted, under the installation-wide lock, so several instances starting at once seed it once.
 */
export async function seedDemoWorldOnStart(handle: Handle): Promise<void> {
  if (!demoWorldWanted()) return;
  await handle.exclusive(async () => {
    const [row] = await handle.db.select({ n: count() }).from(accounts);
    if ((row?.n ?? 0) > 0) return;
    await seedDemoWorld(handle.db);
  });
}
