import net from "node:net";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "@/test/support/test-db";
import { openPostgresPool, poolSettings, type PostgresPool } from "./postgres-pool";

/**
 * The driver faults behind docs/reliability.md, on a database of this file's own: only its
 * backends are ever terminated. Without patches/postgres+3.4.9.patch the first test fails
 * (a query of the burst waits for the connect timeout, others fail with the dead backend's
 * 57P01), so do the second (the transaction's later insert is applied in autocommit) and the
 * third (transactions committed while their client was told they failed).
 */

const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
const name = `portal_test_faults_${process.pid}_${Date.now().toString(36)}`;
const url = Object.assign(new URL(adminUrl()), { pathname: `/${name}` }).toString();
const pools: PostgresPool[] = [];
const quiet = () => {};

beforeAll(async () => {
  await admin.unsafe(`create database "${name}"`);
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const terminateBackends = async () => {
  const [row] = await admin<{ n: number }[]>`
    select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
  return row?.n ?? 0;
};
const codeOf = (error: unknown) => {
  const cause = error instanceof Error && error.cause ? error.cause : error;
  return String((cause as { code?: unknown }).code ?? (cause instanceof Error ? cause.message : cause));
};

describe("the PostgreSQL pool through database faults", () => {
  it("reliability: after backends are terminated ten times under load, every query of a burst that needs all 10 connections answers, none waiting out a connect timeout", async () => {
    // The app's pool: same factory and settings as db/client.ts (max 10), without the client
    // replacement that would cure a wedged connection after its connect timed out.
    const pool = openPostgresPool(url, { settings: poolSettings({}), log: quiet, replaceOnConnectTimeout: false });
    pools.push(pool);
    expect(poolSettings({}).max).toBe(10);
    await pool.db.execute(sql`select 1`);

    // Load as the app makes it under Next.js: React's renderer issues queries from setImmediate
    // callbacks, so a query's flush is often scheduled after the socket's close event, the case
    // that wedged a connection. Straight on the driver, which hits that window most often.
    let running = true;
    const failures = new Map<string, number>();
    const workers = Array.from({ length: 50 }, async () => {
      while (running) {
        await new Promise((resolve) => setImmediate(resolve));
        try {
          await pool.sql`select pg_sleep(0.002), ${Math.random()}::float as x`;
        } catch (error) {
          failures.set(codeOf(error), (failures.get(codeOf(error)) ?? 0) + 1);
          await pause(5);
        }
      }
    });
    const killed: number[] = [];
    for (let i = 0; i < 10; i++) {
      await pause(1000);
      killed.push(await terminateBackends());
    }
    running = false;
    await Promise.all(workers);
    expect(killed.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);

    for (let burst = 0; burst < 3; burst++) {
      // Ten queries that each hold a connection for 200 ms: the burst uses all ten.
      const answers = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const started = performance.now();
          const outcome = await pool.db.execute(sql`select pg_sleep(0.2)`).then(
            () => "ok",
            (error: unknown) => codeOf(error),
          );
          return { outcome, ms: Math.round(performance.now() - started) };
        }),
      );
      // A wedged connection shows as a query that fails with CONNECT_TIMEOUT after the connect
      // timeout: the bound is that, not a speed target (the 2 s one is measured by `npm run faults`,
      // on a machine this test shares with other work).
      const wedged = poolSettings({}).connectTimeout * 1000;
      expect(answers.filter((a) => a.outcome !== "ok" || a.ms >= wedged), `burst ${burst}: ${JSON.stringify(answers)}`).toEqual([]);
    }
    // During the load too, no connect timed out, and no terminated backend's 57P01 was replayed
    // onto a later query (what fails there is the query that was running: CONNECTION_CLOSED,
    // ECONNRESET, and now and then 57P01 itself, when the server's error reaches the interrupted
    // query before the socket closes: 1 in ~650 failures, in one run of three on a loaded machine).
    // The unpatched driver fails the next query of every connection killed during a query with the
    // old backend's 57P01 (docs/reliability.md), one for each such connection of the ten rounds.
    const failed = JSON.stringify({ ...Object.fromEntries(failures), killedBackends: killed.reduce((a, b) => a + b, 0) });
    expect(failures.get("CONNECT_TIMEOUT") ?? 0, failed).toBe(0);
    expect(failures.get("57P01") ?? 0, failed).toBeLessThanOrEqual(2);
  }, 60_000);

  it("reliability: a transaction whose backend is terminated between two statements applies neither", async () => {
    const pool = openPostgresPool(url, { settings: { ...poolSettings({}), max: 1 }, log: quiet });
    pools.push(pool);
    await pool.sql`create table if not exists tx_probe (label text)`;
    const transaction = pool.db.transaction(async (tx) => {
      await tx.execute(sql`insert into tx_probe values ('first')`);
      await pause(500); // idle in transaction: the backend is terminated here
      await tx.execute(sql`insert into tx_probe values ('second')`);
    });
    const outcome = transaction.then(
      () => "committed",
      (error: unknown) => codeOf(error),
    );
    await pause(150);
    // Another query waits for the pool's only connection: it reconnects as soon as it closes.
    const other = pool.sql`select 1 as one`;
    expect(await terminateBackends()).toBeGreaterThan(0);
    expect(await outcome).toBe("CONNECTION_CLOSED");
    expect(Array.from(await other)).toEqual([{ one: 1 }]);
    await pause(700);
    expect(Array.from(await pool.sql`select label from tx_probe`)).toEqual([]);
  }, 30_000);

  it("reliability: a reserved connection whose backend died refuses its next query, and the pool stays whole", async () => {
    // db/client.ts reserves a connection for the migration lock. Unpatched, the query below
    // throws from a timer (null socket: an uncaught exception ends the process) and never settles.
    const pool = openPostgresPool(url, { settings: { ...poolSettings({}), max: 2 }, log: quiet });
    pools.push(pool);
    const reserved = await pool.sql.reserve();
    await reserved`select 1`;
    expect(await terminateBackends()).toBeGreaterThan(0);
    await pause(300);
    const answer = await Promise.race([
      reserved`select 1`.then(
        () => "answered",
        (error: unknown) => codeOf(error),
      ),
      pause(3000).then(() => "no answer in 3 s"),
    ]);
    expect(answer).toBe("CONNECTION_CLOSED");
    reserved.release();
    const started = performance.now();
    const rows = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.sql<{ n: number }[]>`select ${i}::int as n, pg_sleep(0.05)`));
    expect(rows.map((r) => r[0]?.n)).toEqual([0, 1, 2, 3, 4, 5]);
    // None of them waited out a connect timeout on a broken connection.
    expect(performance.now() - started).toBeLessThan(poolSettings({}).connectTimeout * 1000);
  }, 30_000);

  it("reliability: with backends terminated under a transaction load, no refused transaction is committed and no acknowledged one is lost", async () => {
    // A backend terminated while it flushes a COMMIT has committed and said so (CommandComplete)
    // but dies before ReadyForQuery: unpatched, a quarter of the refused transactions were applied.
    const pool = openPostgresPool(url, { settings: poolSettings({}), log: quiet });
    pools.push(pool);
    await pool.sql`create table if not exists commit_probe (id int primary key, note text)`;
    let running = true;
    let next = 0;
    const acknowledged: number[] = [];
    const refused: number[] = [];
    const workers = Array.from({ length: 10 }, async () => {
      while (running) {
        const id = ++next;
        try {
          await pool.db.transaction(async (tx) => {
            await tx.execute(sql`insert into commit_probe values (${id}, ${"x".repeat(200)})`);
            await tx.execute(sql`update commit_probe set note = 'y' where id = ${id}`);
          });
          acknowledged.push(id);
        } catch {
          refused.push(id);
          await pause(5);
        }
      }
    });
    for (let i = 0; i < 24; i++) {
      await pause(250);
      await terminateBackends();
    }
    running = false;
    await Promise.all(workers);
    const present = new Set((await pool.sql<{ id: number }[]>`select id from commit_probe`).map((r) => r.id));
    expect(refused.length).toBeGreaterThan(20);
    expect(acknowledged.filter((id) => !present.has(id)), "acknowledged but absent").toEqual([]);
    expect(refused.filter((id) => present.has(id)), `refused but committed, of ${refused.length} refused`).toEqual([]);
  }, 30_000);

  it("reliability: a connect that times out replaces the client; a transaction running on the old one still commits", async () => {
    // A TCP relay to PostgreSQL that can swallow new connections (they then time out).
    let swallow = false;
    const target = new URL(url);
    const relay = net.createServer((client) => {
      if (swallow) return void client.on("error", quiet);
      const server = net.connect(Number(target.port || 5432), target.hostname);
      client.pipe(server).pipe(client);
      client.on("error", () => server.destroy());
      server.on("error", () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const port = (relay.address() as net.AddressInfo).port;
    const relayed = Object.assign(new URL(url), { port: String(port) }).toString();
    const messages: string[] = [];
    const pool = openPostgresPool(relayed, { settings: { max: 2, connectTimeout: 1, maxBackoff: 1 }, log: (m) => messages.push(m) });
    pools.push(pool);
    try {
      await pool.sql`create table if not exists replace_probe (label text)`;
      // A transaction holds the one open connection for a while.
      const transaction = pool.db.transaction(async (tx) => {
        await tx.execute(sql`insert into replace_probe values ('in flight')`);
        await tx.execute(sql`select pg_sleep(1.5)`);
      });
      await pause(100);
      swallow = true;
      // This needs a second connection: its connect is swallowed and times out after 1 s.
      await expect(pool.sql`select 1`).rejects.toMatchObject({ code: "CONNECT_TIMEOUT" });
      expect(pool.replacements()).toBe(1);
      expect(messages.join("\n")).toMatch(/client was replaced/);
      swallow = false;
      // Later queries go to the fresh client, and the old one finishes its transaction.
      expect(Array.from(await pool.sql`select 2 as two`)).toEqual([{ two: 2 }]);
      await transaction;
      expect(Array.from(await pool.db.execute(sql`select label from replace_probe`))).toEqual([{ label: "in flight" }]);
    } finally {
      relay.close();
    }
  }, 30_000);
});
