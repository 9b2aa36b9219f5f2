#!/usr/bin/env node
// Makes sure what the tests need on this machine is there, and does nothing when it is:
//   - Debian's Chromium at /usr/bin/chromium (Playwright can't download a browser here);
//   - a PostgreSQL server answering at DATABASE_URL, or at 127.0.0.1:5432 when unset.
// Runs before `npm ci` in CI, so it uses Node's standard library only.
//
//   node scripts/ensure-services.mjs [--no-browser] [--no-db]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import net from "node:net";

const CHROMIUM = "/usr/bin/chromium";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const args = new Set(process.argv.slice(2));

function log(message) {
  console.log(`[ensure-services] ${message}`);
}

function fail(message) {
  console.error(`[ensure-services] ERROR: ${message}`);
  process.exit(1);
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function run(command, commandArgs, env = {}) {
  log(`$ ${command} ${commandArgs.join(" ")}`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

// ---------------------------------------------------------------------------------------
// Chromium
function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    log(`chromium: ${CHROMIUM} present`);
    return;
  }
  const install = "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium";
  if (!isRoot()) fail(`${CHROMIUM} is missing and this is not root. Run as root:\n  ${install}`);
  log("chromium: missing, installing Debian's package (a few minutes)");
  // Wait for a concurrent apt/dpkg (e.g. another install in the background) instead of failing.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if (!run("apt-get", [...lock, "update"], env)) fail(`apt-get update failed. Try:\n  ${install}`);
  if (!run("apt-get", [...lock, "install", "-y", "--no-install-recommends", "chromium"], env)) {
    fail(`apt-get install chromium failed. Try:\n  ${install}`);
  }
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  log("chromium: installed");
}

// ---------------------------------------------------------------------------------------
// PostgreSQL
function target() {
  const raw = process.env.DATABASE_URL;
  if (!raw) return { host: "127.0.0.1", port: 5432, source: "127.0.0.1:5432 (DATABASE_URL unset)" };
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail("DATABASE_URL is not a valid URL");
  }
  const host = url.hostname || "127.0.0.1";
  return { host, port: Number(url.port || 5432), source: `${host}:${url.port || 5432} (DATABASE_URL)` };
}

function tcpOpen(host, port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: host.replace(/^\[|\]$/g, ""), port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** True when the server accepts connections (not merely listens while starting up). */
async function answering(host, port) {
  if (!(await tcpOpen(host, port))) return false;
  if (onPath("pg_isready")) {
    return spawnSync("pg_isready", ["-q", "-h", host.replace(/^\[|\]$/g, ""), "-p", String(port), "-t", "3"]).status === 0;
  }
  return true;
}

async function waitUntilAnswering(host, port, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await answering(host, port)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function clusterVersions() {
  try {
    return readdirSync("/etc/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

async function ensurePostgres() {
  const { host, port, source } = target();
  if (await answering(host, port)) {
    log(`postgres: answering at ${source}`);
    return;
  }
  if (!LOCAL_HOSTS.has(host)) fail(`PostgreSQL at ${source} does not answer, and it is not this machine's to start`);
  const versions = clusterVersions();
  const start = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
  if (versions.length === 0 || !onPath("pg_ctlcluster")) {
    fail(`PostgreSQL at ${source} does not answer and no local cluster is installed (/etc/postgresql). Install and start one, or set DATABASE_URL.`);
  }
  log(`postgres: not answering at ${source}; starting the local cluster`);
  for (const version of versions) {
    // A cluster that is already running makes pg_ctlcluster exit non-zero: not an error here.
    run("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"]);
    if (await waitUntilAnswering(host, port, 60)) {
      log(`postgres: ${version}/main answering at ${source}`);
      return;
    }
  }
  fail(`PostgreSQL still does not answer at ${source} after starting it. Check its log in /var/log/postgresql/, or run:\n  ${start}`);
}

if (!args.has("--no-browser")) ensureChromium();
if (!args.has("--no-db")) await ensurePostgres();
