import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/postgres-js/migrator";
import { migrate as migrateLite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Db, Schema } from "./client";

export const migrationsFolder = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MIGRATIONS_DIR ?? "db/migrations");

/** Applies the committed drizzle-kit migrations; the same files serve both drivers. */
export async function migrate(db: Db, kind: "pglite" | "postgres"): Promise<void> {
  if (kind === "pglite") await migrateLite(db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
  else await migratePg(db as unknown as PostgresJsDatabase<Schema>, { migrationsFolder });
}
