import postgres from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Logger } from "drizzle-orm";
import * as schema from "./schema";

/**
 * The app's PostgreSQL pool (postgres.js, patched: patches/postgres+3.4.9.patch) and what keeps
 * it usable through database faults (docs/reliability.md):
 * - a connect gives up after DB_CONNECT_TIMEOUT seconds (5) instead of postgres.js's 30;
 * - reconnect waits are capped at 1 s (postgres.js shares one back-off across the pool and let
 *   it grow to 20 s, so requests waited that long after the database was back);
 * - when a connect times out anyway, the client is replaced by a fresh one: every later query
 *   goes to the new pool, while queries and transactions already running on the old one finish
 *   there before it is ended. The `db` handed out stays the same object, so holders such as the
 *   outbox loop (started once with `db`) move to the new pool too.
 */

type Sql = postgres.Sql;
export type PostgresDb = PostgresJsDatabase<typeof schema>;

export type PostgresPool = {
  db: PostgresDb;
  /** The pool's SQL function: always the current client (tagged templates, reserve, begin). */
  sql: Sql;
  /** How many times the client was replaced since it was opened. */
  replacements: () => number;
  end: () => Promise<void>;
};

export type PoolSettings = {
  max: number;
  /** Seconds a connect may take before it fails with CONNECT_TIMEOUT. */
  connectTimeout: number;
  /** Longest reconnect wait, in seconds. */
  maxBackoff: number;
};

export function poolSettings(env: Record<string, string | undefined> = process.env): PoolSettings {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return { max: positive(env.DB_POOL_MAX, 10), connectTimeout: positive(env.DB_CONNECT_TIMEOUT, 5), maxBackoff: 1 };
}

/** postgres.js's own back-off (3^n / 100 s with jitter), capped. `n` counts failed connects pool-wide. */
export function cappedBackoff(maxSeconds: number): (attempt: number) => number {
  return (attempt) => (0.5 + Math.random() / 2) * Math.min(3 ** attempt / 100, maxSeconds);
}

function isConnectTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "CONNECT_TIMEOUT";
}

// A replaced client ends once its last query settles, or after this long at the latest.
const RETIRE_WITHIN_MS = 60_000;

type Generation = { sql: Sql; inFlight: number; retired: boolean; ended: Promise<void> | null };

export type PoolConfig = {
  logger?: Logger;
  settings?: PoolSettings;
  log?: (message: string) => void;
  /** Off only in the driver's regression test, so that this safety net cannot hide a wedged connection. */
  replaceOnConnectTimeout?: boolean;
};

export function openPostgresPool(url: string, config: PoolConfig = {}): PostgresPool {
  const settings = config.settings ?? poolSettings();
  const log = config.log ?? ((message: string) => console.warn(message));
  const connect = (): Generation => ({
    sql: postgres(url, {
      max: settings.max,
      connect_timeout: settings.connectTimeout,
      backoff: cappedBackoff(settings.maxBackoff),
      onnotice: () => {},
    }),
    inFlight: 0,
    retired: false,
    ended: null,
  });

  let current = connect();
  const retired = new Set<Generation>();
  let replacements = 0;
  let closing = false;

  const finish = (gen: Generation): Promise<void> => {
    gen.ended ??= gen.sql.end({ timeout: 5 }).finally(() => retired.delete(gen));
    return gen.ended;
  };

  const replace = (gen: Generation) => {
    if (closing || gen !== current) return; // another caller already replaced it
    current = connect();
    // drizzle sets its type handling (dates and json as strings) on the client it wraps: the
    // fresh client gets the same by being wrapped once.
    drizzle(current.sql);
    replacements++;
    log(`[db] a PostgreSQL connect timed out after ${settings.connectTimeout} s: the client was replaced (${replacements} so far); running work finishes on the old one`);
    gen.retired = true;
    retired.add(gen);
    if (gen.inFlight === 0) void finish(gen);
    else setTimeout(() => void finish(gen), RETIRE_WITHIN_MS).unref();
  };

  // Counts what runs on a generation and notices a connect timeout, without touching the
  // promise the caller gets (Promise.prototype.then: a postgres.js query starts only when
  // the caller awaits it, and this must not start it).
  const watch = <T>(gen: Generation, value: T): T => {
    if (!(value instanceof Promise)) return value;
    gen.inFlight++;
    const settle = () => {
      gen.inFlight--;
      if (gen.retired && gen.inFlight === 0) void finish(gen);
    };
    Promise.prototype.then.call(value, settle, (error: unknown) => {
      settle();
      if (isConnectTimeout(error) && config.replaceOnConnectTimeout !== false) replace(gen);
    });
    return value;
  };

  const watched = new Set<PropertyKey>(["unsafe", "begin", "file"]);
  const sql = new Proxy(current.sql, {
    apply: (_target, thisArg, args) => {
      const gen = current;
      return watch(gen, Reflect.apply(gen.sql, thisArg, args));
    },
    get: (_target, property) => {
      const gen = current;
      const value: unknown = Reflect.get(gen.sql, property);
      if (!watched.has(property) || typeof value !== "function") return value;
      return (...args: unknown[]) => watch(gen, Reflect.apply(value, gen.sql, args));
    },
  });

  return {
    db: drizzle(sql, { schema, logger: config.logger }),
    sql,
    replacements: () => replacements,
    end: async () => {
      closing = true;
      await Promise.all([finish(current), ...[...retired].map(finish)]);
    },
  };
}
