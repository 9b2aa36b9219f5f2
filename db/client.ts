import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { countRoundTrips, roundTripCounting } from "./round-trips";
import * as schema from "./schema";

export type Schema = typeof schema;
/** What queries take as their first argument: the database or a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

type Handle = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
  /** Runs `fn` while holding the installation-wide lock that serialises migrations and seeding. */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
};

// Any constant: several app instances starting at once take turns to migrate.
const MIGRATION_LOCK = 72_410_001;

// One instance per process, even when Next.js loads this module in several bundles
// or reloads it: PGlite does not lock its folder, and two instances lose data.
const KEY = Symbol.for("portal.db");
type GlobalWithDb = typeof globalThis & { [KEY]?: Promise<Handle> };

export function isEmbedded(): boolean {
  return !process.env.DATABASE_URL;
}

export function pgliteDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.PGLITE_DIR ?? ".data/pglite");
}

/**
 * DB_ROUND_TRIPS=count: every statement drizzle sends, and BEGIN + COMMIT around each
 * transaction, is counted for the request it belongs to (db/round-trips.ts).
 */
function counted(db: Db): Db {
  if (!roundTripCounting()) return db;
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => {
    countRoundTrips(2);
    return transaction(fn, config);
  }) as Db["transaction"];
  return db;
}
const logger = () => (roundTripCounting() ? { logQuery: () => countRoundTrips() } : undefined);

async function open(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    // The pool survives database faults (connect timeout, capped back-off, client replacement): db/postgres-pool.ts.
    const { openPostgresPool } = await import("./postgres-pool");
    const pool = openPostgresPool(url, { logger: logger() });
    const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
      const conn = await pool.sql.reserve();
      try {
        await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
        return await fn();
      } finally {
        await conn`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
        conn.release();
      }
    };
    return { db: counted(pool.db as unknown as Db), kind: "postgres", close: pool.end, exclusive };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = pgliteDir();
  // PGlite makes its own folder but not the folders above it (.data/ on a fresh clone).
  await mkdir(path.dirname(dir), { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  // PGlite has one connection in one process: nothing to serialise with.
  return { db: counted(drizzle(client, { schema, logger: logger() }) as unknown as Db), kind: "pglite", close: () => client.close(), exclusive: (fn) => fn() };
}

/**
 * The process's database handle, opened and migrated on first use. The database layer opens
 * and migrates, nothing more: the demo world lives above it (lib/demo) and is seeded by the
 * app's start (instrumentation.ts) and `npm run db:seed`.
 */
export function getHandle(): Promise<Handle> {
  const g = globalThis as GlobalWithDb;
  if (!g[KEY]) {
    g[KEY] = (async () => {
      const handle = await open();
      const { migrate } = await import("./migrate");
      await handle.exclusive(() => migrate(handle.db, handle.kind));
      return handle;
    })();
    g[KEY].catch(() => {
      delete g[KEY];
    });
  }
  return g[KEY];
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const pending = g[KEY];
  delete g[KEY];
  if (pending) await (await pending).close();
}
