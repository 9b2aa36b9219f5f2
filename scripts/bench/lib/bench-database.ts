import type { Logger } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { migrate } from "@/db/migrate";
import * as schema from "@/db/schema";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const PREFIX = "portal_bench_";

export type BenchDatabase = { url: string; created: boolean; drop: () => Promise<void> };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Refuses anything but this machine's server: the benchmark creates and drops databases. */
export function requireLocal(url: string): URL {
  const parsed = new URL(url);
  if (!LOCAL_HOSTS.has(parsed.hostname)) throw new Error(`Refusing a non-local database server (${parsed.hostname}).`);
  return parsed;
}

/**
 * A throwaway database on the local server (DATABASE_URL's, else 127.0.0.1:5432), named
 * after this process so that a later run drops it if this one was killed before cleaning up.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const admin = requireLocal(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  admin.pathname = "/postgres";
  const name = `${PREFIX}${process.pid}`;
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${PREFIX}%`}`;
    for (const { datname } of rows) {
      const pid = Number(datname.slice(PREFIX.length));
      if (Number.isInteger(pid) && pid > 0 && !alive(pid)) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    created: true,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const a = postgres(admin.toString(), { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end({ timeout: 5 });
      }
    },
  };
}

export type OpenBenchDb = { db: Db; client: postgres.Sql; url: string; close: () => Promise<void> };

/**
 * The benchmarks' one bootstrap: `url` (local only) or a throwaway database, connected and
 * migrated. `close()` ends the connections and drops the database if it was made here (not with `keep`).
 */
export async function openBenchDb(options: { url?: string; logger?: Logger; keep?: boolean } = {}): Promise<OpenBenchDb> {
  let url = options.url;
  let drop: (() => Promise<void>) | null = null;
  if (url) requireLocal(url);
  else {
    const created = await createBenchDatabase();
    url = created.url;
    drop = created.drop;
  }
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzle(client, { schema, logger: options.logger }) as unknown as Db;
  const close = async () => {
    await client.end({ timeout: 5 });
    if (options.keep) console.log(`[bench] kept ${url}`);
    else await drop?.();
  };
  try {
    await migrate(db, "postgres");
  } catch (error) {
    await close();
    throw error;
  }
  return { db, client, url, close };
}
