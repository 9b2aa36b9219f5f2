import { count } from "drizzle-orm";
import type { Db } from "./client";
import { isEmbedded } from "./client";
import { migrate } from "./migrate";
import { accounts } from "./schema";

/**
 * Runs on every process start: applies migrations, then seeds the demo world into an
 * empty database when it is the embedded one (or SEED_DEMO=1 asks for it on PostgreSQL).
 */
export async function prepare(db: Db, kind: "pglite" | "postgres"): Promise<void> {
  await migrate(db, kind);
  const wantDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : isEmbedded();
  if (!wantDemo) return;
  const [row] = await db.select({ n: count() }).from(accounts);
  if ((row?.n ?? 0) > 0) return;
  const { seedDemoWorld } = await import("../lib/demo/demo");
  await seedDemoWorld(db);
}
