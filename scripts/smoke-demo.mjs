#!/usr/bin/env node
// CI's smoke test of the newcomer's path, exactly: a fresh `git clone` of this checkout's
// HEAD (committed work only) into a temporary folder, then the README's quick-start line
// verbatim (`npm ci && npm run start:demo`) in it, with nothing set up beforehand: no
// DATABASE_URL, the default PGLITE_DIR (.data/pglite, which does not exist yet), no
// .env.local, no build. When the sign-in page answers, e2e/smoke/*.smoke.ts (run from this
// checkout's Playwright) signs in in a real browser. Then the server's whole process group
// is stopped and the clone deleted. Exits non-zero on any failure.
//
// Env: SMOKE_PORT (default: a free port; start:demo takes it as PORT); SMOKE_KEEP=1 keeps
// the clone for a look; SMOKE_START_TIMEOUT_MS (default 15 min: npm ci and a build).
// The clone's `npm ci` reuses the npm cache (prefer-offline): no download when it is warm.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, portIsFree } from "./free-port.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const startTimeoutMs = Number(process.env.SMOKE_START_TIMEOUT_MS ?? 15 * 60_000);
const port = process.env.SMOKE_PORT ?? String(await freePort());
const waitURL = `http://127.0.0.1:${port}/sign-in`;
// The browser uses "localhost", as the README says: start:demo's public URL (AUTH_URL).
const baseURL = `http://localhost:${port}`;

function log(message) {
  console.log(`[smoke-demo] ${message}`);
}

// The README's line, read from the README itself, so the test cannot drift from what it says.
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const quickStart = /## Quick start[\s\S]*?```bash\n([^\n]+)\n/.exec(readme)?.[1]?.trim();
if (quickStart !== "npm ci && npm run start:demo") {
  console.error(`[smoke-demo] README's quick-start line is ${JSON.stringify(quickStart)}: update this test with it.`);
  process.exit(1);
}
if (!(await portIsFree(Number(port)))) {
  console.error(`[smoke-demo] Port ${port} is in use. Unset SMOKE_PORT to use a free one.`);
  process.exit(1);
}

const temp = mkdtempSync(path.join(os.tmpdir(), "portal-smoke-"));
const clone = path.join(temp, "portal");
const timings = {};
let server = null;
let serverExit = null;
let serverExited = Promise.resolve();

function git(args, cwd) {
  const r = spawnSync("git", args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed (${r.status})`);
}

function killGroup(signal) {
  if (!server) return;
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
  if (server && serverExit === null) {
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 10_000);
    await serverExited;
    clearTimeout(timer);
  }
  killGroup("SIGKILL"); // anything left in the group
  if (process.env.SMOKE_KEEP === "1") log(`kept the clone in ${clone}`);
  else rmSync(temp, { recursive: true, force: true });
  log("server stopped, clone removed");
}

async function finish(code) {
  await cleanUp();
  const summary = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ");
  if (summary) log(`timings: ${summary}`);
  log(code === 0 ? "passed" : `FAILED (exit ${code})`);
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void finish(1));

async function waitForSignIn(started) {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (serverExit !== null) throw new Error(`"${quickStart}" exited (${serverExit}) before serving ${waitURL}`);
    try {
      const response = await fetch(waitURL, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (response.status < 500) return response.status;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${waitURL} did not answer within ${((Date.now() - started) / 1000).toFixed(0)} s`);
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
  let t = performance.now();
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
  log(`git clone of ${root} at HEAD ${head} into ${clone}`);
  git(["clone", "--quiet", "--no-checkout", root, clone]);
  // HEAD itself, even when it is detached (as in CI) and so on no branch the clone has.
  git(["fetch", "--quiet", root, "HEAD"], clone);
  git(["checkout", "--quiet", "--detach", "FETCH_HEAD"], clone);
  timings.clone = (performance.now() - t) / 1000;

  // The newcomer's environment: nothing of ours configured.
  const env = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
  for (const key of ["DATABASE_URL", "PGLITE_DIR", "SEED_DEMO", "AUTH_URL", "AUTH_SECRET", "NEXT_DIST_DIR", "DEMO_SIGN_IN", "DEV_MAILBOX", "SMTP_URL"]) delete env[key];
  // npm ci from the local cache when it has the packages (it verifies their integrity hashes).
  Object.assign(env, { npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false" });

  log(`in the clone: ${quickStart}   (PORT=${port})`);
  t = performance.now();
  // Its own process group, so that stopping it also stops `next start` under npm and node.
  server = spawn("sh", ["-c", quickStart], { cwd: clone, env, stdio: "inherit", detached: true });
  serverExited = new Promise((resolve) => {
    server.on("exit", (code, signal) => {
      serverExit = signal ?? code;
      resolve();
    });
  });
  const status = await waitForSignIn(t);
  timings["npm ci + build + start"] = (performance.now() - t) / 1000;
  log(`${waitURL} answered ${status}`);
  const data = path.join(clone, ".data", "pglite");
  if (!existsSync(data)) throw new Error(`the embedded database is not in the default folder ${data}`);
  log(`embedded database in the default folder (.data/pglite) of the clone`);

  t = performance.now();
  const code = await runPlaywright();
  timings.browser = (performance.now() - t) / 1000;
  await finish(code);
} catch (error) {
  console.error(`[smoke-demo] ${error instanceof Error ? error.message : String(error)}`);
  await finish(1);
}
