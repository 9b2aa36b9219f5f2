#!/usr/bin/env node
// CI's smoke test of the README's run command: `npm run start:demo` on the embedded
// database (no DATABASE_URL), in a fresh PGLITE_DIR, on PORT (default 3200). Waits for the
// sign-in page, runs e2e/smoke/*.smoke.ts against it, then stops the server's whole
// process group and deletes the folder. Exits non-zero on any failure.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.SMOKE_PORT ?? "3200";
const waitURL = `http://127.0.0.1:${port}/sign-in`;
// The browser uses "localhost", as the README says (Auth.js builds its URLs on localhost).
const baseURL = `http://localhost:${port}`;
const startTimeoutMs = Number(process.env.SMOKE_START_TIMEOUT_MS ?? 240_000);
const pgliteDir = mkdtempSync(path.join(os.tmpdir(), "portal-smoke-pglite-"));

function log(message) {
  console.log(`[smoke-demo] ${message}`);
}

const env = { ...process.env, PORT: port, PGLITE_DIR: pgliteDir, NEXT_TELEMETRY_DISABLED: "1" };
// The README's command runs on the embedded database: make sure no server is configured.
delete env.DATABASE_URL;
delete env.SEED_DEMO;

log(`npm run start:demo (PORT=${port}, PGLITE_DIR=${pgliteDir})`);
const started = performance.now();
// Its own process group, so that stopping it also stops `next start` under npm and node.
const server = spawn("npm", ["run", "start:demo"], { cwd: root, env, stdio: "inherit", detached: true });
let serverExit = null;
const serverExited = new Promise((resolve) => {
  server.on("exit", (code, signal) => {
    serverExit = signal ?? code;
    resolve();
  });
});

function killGroup(signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}

let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (serverExit === null) {
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 10_000);
    await serverExited;
    clearTimeout(timer);
  }
  killGroup("SIGKILL"); // anything left in the group
  rmSync(pgliteDir, { recursive: true, force: true });
  log("server stopped, temp folder removed");
}

async function finish(code) {
  await cleanUp();
  log(code === 0 ? "passed" : `FAILED (exit ${code})`);
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void finish(1));

async function waitForSignIn() {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (serverExit !== null) throw new Error(`npm run start:demo exited (${serverExit}) before serving ${waitURL}`);
    try {
      const response = await fetch(waitURL, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (response.status < 500) return response.status;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${waitURL} did not answer within ${startTimeoutMs / 1000} s`);
}

function runPlaywright() {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", "--config", "e2e/smoke/playwright.config.ts"],
      { cwd: root, stdio: "inherit", env: { ...process.env, SMOKE_BASE_URL: baseURL } },
    );
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

try {
  const status = await waitForSignIn();
  log(`${waitURL} answered ${status} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const code = await runPlaywright();
  await finish(code);
} catch (error) {
  console.error(`[smoke-demo] ${error instanceof Error ? error.message : String(error)}`);
  await finish(1);
}
