import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { freePort } from "../../scripts/free-port.mjs";

// A portal of a spec's own, for faults that must not touch the shared e2e server: the same
// production build (NEXT_DIST_DIR), `next start` on a free port, on a throwaway PostgreSQL
// database seeded with the demo world, as scripts/e2e-server.mjs starts the shared one. Its
// database can then be broken for real (a table renamed, connections refused).

const root = fileURLToPath(new URL("../../", import.meta.url));
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export type OwnPortal = {
  /** The portal's public URL: a browser context's baseURL. */
  origin: string;
  /** SQL on the portal's own database (to break a table and mend it). */
  sql: postgres.Sql;
  /** Refuses (true) or allows again (false) every connection to the portal's database: an outage as the portal sees one. */
  outage: (on: boolean) => Promise<void>;
  stop: () => Promise<void>;
};

async function waitForHealth(origin: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${origin}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the portal at ${origin} did not become healthy in ${timeoutMs / 1000} s`);
}

/** Starts the portal on a database of its own; `log` receives its output. */
export async function startOwnPortal(log: string): Promise<OwnPortal> {
  const adminUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  if (!LOCAL_HOSTS.has(adminUrl.hostname)) throw new Error(`Refusing to create a database on a non-local server (${adminUrl.hostname}).`);
  // portal_e2e_<pid>: scripts/e2e-server.mjs drops it on its next start if this process was killed.
  const dbName = `portal_e2e_${process.pid}`;
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
  await admin.unsafe(`create database "${dbName}"`);
  const appUrl = new URL(adminUrl.toString());
  appUrl.pathname = `/${dbName}`;

  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: appUrl.toString(),
    DB_POOL_MAX: "4",
    SEED_DEMO: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    DEMO_SIGN_IN: "on",
    AUTH_URL: origin,
    PORT: String(port),
    OUTBOX_WORKER: "off",
  };
  delete env.PGLITE_DIR;
  delete env.DB_ROUND_TRIPS;
  const out = openSync(log, "w");
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", out, out] });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const sql = postgres(appUrl.toString(), { max: 1, onnotice: () => {} });

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await sql.end({ timeout: 1 }).catch(() => undefined);
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`).catch(() => undefined);
    await admin.end({ timeout: 1 });
  };
  try {
    await waitForHealth(origin, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    sql,
    outage: async (on) => {
      await admin.unsafe(`alter database "${dbName}" with allow_connections ${on ? "false" : "true"}`);
      if (on) await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`;
    },
    stop,
  };
}
