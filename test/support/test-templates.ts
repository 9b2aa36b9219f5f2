import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemoWorld, type DemoWorldSummary } from "@/lib/demo/demo";

/**
 * Template databases for the integration tests: migrating a database and seeding the demo
 * world take ~1.5 s per test file, cloning a template (`create database … template …`) a
 * fraction of that, which matters most to mutation testing (every mutant reruns the files
 * that cover it). The Vitest global setup makes them once per run and drops them after;
 * without it (scripts, a single file run by another runner) each database is built as before.
 */
export type TestTemplates = { base: string; demo: string; world: DemoWorldSummary };

const ENV = "PORTAL_TEST_TEMPLATES";

export function testTemplates(): TestTemplates | null {
  const raw = process.env[ENV];
  return raw ? (JSON.parse(raw) as TestTemplates) : null;
}

function withDatabase(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onAdmin<T>(adminUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/** Drops templates left by runs whose process is gone (a run killed before its teardown). */
async function dropStale(adminUrl: string): Promise<void> {
  await onAdmin(adminUrl, async (sql) => {
    const rows = await sql<{ datname: string }[]>`select datname from pg_database where datname like 'portal_tpl_%'`;
    for (const { datname } of rows) {
      const pid = Number(/^portal_tpl_(\d+)_/.exec(datname)?.[1]);
      if (pid && isAlive(pid)) continue;
      await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Builds the migrated and the demo template, publishes them to the test workers, returns the teardown. */
export async function createTestTemplates(adminUrl: string): Promise<() => Promise<void>> {
  await dropStale(adminUrl);
  const stamp = `portal_tpl_${process.pid}_${Date.now().toString(36)}`;
  const base = `${stamp}_base`;
  const demo = `${stamp}_demo`;
  await onAdmin(adminUrl, (sql) => sql.unsafe(`create database "${base}"`));
  await fill(withDatabase(adminUrl, base), (db) => migrate(db, "postgres"));
  await onAdmin(adminUrl, (sql) => sql.unsafe(`create database "${demo}" template "${base}"`));
  const world = await fill(withDatabase(adminUrl, demo), (db) => seedDemoWorld(db));
  if (!world) throw new Error("the demo world was not seeded into the demo template");
  // Only a database nobody is connected to can be cloned: the connections above are closed.
  const templates: TestTemplates = { base, demo, world };
  process.env[ENV] = JSON.stringify(templates);
  return async () => {
    delete process.env[ENV];
    await onAdmin(adminUrl, async (sql) => {
      for (const name of [demo, base]) await sql.unsafe(`drop database if exists "${name}" with (force)`);
    });
  };
}

async function fill<T>(url: string, run: (db: Db) => Promise<T>): Promise<T> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await run(drizzle(client, { schema }) as unknown as Db);
  } finally {
    await client.end();
  }
}
