#!/usr/bin/env node
// The web server the end-to-end tests run against (playwright.config.ts `webServer`):
// a production `next start` on a throwaway PostgreSQL database of its own, which the
// app migrates and seeds with the demo world on start (lib/demo/seed-on-start.ts, SEED_DEMO=1).
// On SIGTERM/SIGINT or exit it stops the server and drops the database.
// It also starts an OpenID Connect provider on loopback (e2e/support/oidc-server.mjs, any
// free port) and gives the app its issuer and client (OIDC_*), so SSO sign-in is tested for real.
//
// Env: DATABASE_URL (optional) names the local server to create the database on;
// E2E_PORT (default: a free port; playwright.config.ts passes the one it picked); E2E_BUILD=1
// rebuilds even when .next/BUILD_ID exists. The app's public URL (AUTH_URL) is
// http://localhost:<port>, as the browser reaches it.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { startOidcServer } from "../e2e/support/oidc-server.mjs";
import { freePort, portIsFree } from "./free-port.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? String(await freePort());
if (!(await portIsFree(Number(port)))) {
  console.error(`[e2e-server] Port ${port} is in use (another portal left running?). Stop it, or unset E2E_PORT to use a free port.`);
  process.exit(1);
}
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const PREFIX = "portal_e2e_";

function log(message) {
  console.log(`[e2e-server] ${message}`);
}

const adminUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
if (!LOCAL_HOSTS.has(adminUrl.hostname)) {
  console.error(`[e2e-server] Refusing to create an end-to-end database on a non-local server (${adminUrl.hostname}).`);
  process.exit(1);
}
const dbName = `${PREFIX}${process.pid}`;
const appUrl = new URL(adminUrl.toString());
appUrl.pathname = `/${dbName}`;

function admin() {
  return postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Drops databases left by runs that were killed before they could clean up. */
async function dropLeftovers(sql) {
  const rows = await sql`select datname from pg_database where datname like ${`${PREFIX}%`}`;
  for (const { datname } of rows) {
    const pid = Number(datname.slice(PREFIX.length));
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) {
      log(`dropping leftover database ${datname}`);
      await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  }
}

async function createDatabase() {
  const sql = admin();
  try {
    await dropLeftovers(sql);
    await sql.unsafe(`drop database if exists "${dbName}" with (force)`);
    await sql.unsafe(`create database "${dbName}"`);
  } finally {
    await sql.end();
  }
  log(`created database ${dbName}`);
}

let dropped = false;
async function dropDatabase() {
  if (dropped) return;
  dropped = true;
  const sql = admin();
  try {
    await sql.unsafe(`drop database if exists "${dbName}" with (force)`);
    log(`dropped database ${dbName}`);
  } catch (error) {
    console.error(`[e2e-server] could not drop ${dbName}: ${error.message}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: appUrl.toString(),
  SEED_DEMO: "1",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  AUTH_TRUST_HOST: "true",
  DEMO_SIGN_IN: "on",
  AUTH_URL: `http://localhost:${port}`,
  PORT: port,
};
delete env.PGLITE_DIR;

if (process.env.E2E_BUILD === "1" || !existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  log("no production build (.next/BUILD_ID): running next build first");
  // The build never needs the test database: if a page does read data at build time, it
  // gets a scratch embedded database, never this server nor the developer's .data folder.
  const scratch = mkdtempSync(path.join(os.tmpdir(), "portal-build-"));
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PGLITE_DIR: scratch };
  delete buildEnv.DATABASE_URL;
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: buildEnv });
  rmSync(scratch, { recursive: true, force: true });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await createDatabase();

const oidc = await startOidcServer({ appOrigin: `http://localhost:${port}` });
Object.assign(env, { OIDC_ISSUER: oidc.issuer, OIDC_CLIENT_ID: oidc.clientId, OIDC_CLIENT_SECRET: oidc.clientSecret, OIDC_NAME: oidc.name });
log(`OpenID Connect provider "${oidc.name}" at ${oidc.issuer}`);

const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", "127.0.0.1"], { cwd: root, stdio: "inherit", env });
log(`next start -p ${port} (pid ${server.pid})`);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  await oidc.close();
  await dropDatabase();
  process.exit(code);
}

process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
process.on("SIGHUP", () => void stop(0));
server.on("exit", (code, signal) => {
  if (stopping) return;
  log(`next start exited (${signal ?? code})`);
  void stop(code ?? 1);
});
