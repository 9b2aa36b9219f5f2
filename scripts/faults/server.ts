import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../free-port.mjs";
import { distDir, ensureBuild } from "../bench/lib/next-server";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The newest modification under `target`; tests are not part of the build. */
function newest(target: string): number {
  if (!existsSync(target) || /\.test\.tsx?$/.test(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

/** Builds into NEXT_DIST_DIR unless a build newer than every source is there already. */
export async function ensureFreshBuild(force: boolean, log: (m: string) => void, track: (stop: () => Promise<void>) => void): Promise<void> {
  const buildId = path.join(root, distDir(), "BUILD_ID");
  const sources = ["app", "components", "lib", "db", "public", "package.json", "next.config.ts", "proxy.ts", "instrumentation.ts"];
  const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < Math.max(...sources.map((s) => newest(path.join(root, s))));
  if (!force && !stale) log(`reusing the production build in ${distDir()} (newer than the sources)`);
  // next build adds the dist dir's types to tsconfig.json (and reformats it): keep it as committed.
  const tsconfig = path.join(root, "tsconfig.json");
  const committed = readFileSync(tsconfig, "utf8");
  try {
    await ensureBuild(force || stale, log, track);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== committed) writeFileSync(tsconfig, committed);
  }
}

export type AppServer = { baseUrl: string; pid: number; logFile: string; log: () => string; stop: () => Promise<void> };

/**
 * `next start` of that build on a free port against `databaseUrl`: the demo world seeded,
 * demo sign-in on, and the outbox sender delivering to `smtpUrl` every half second.
 */
export async function startApp(databaseUrl: string, smtpUrl: string, logFile: string, log: (m: string) => void): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "1",
    DEMO_SIGN_IN: "on",
    SMTP_URL: smtpUrl,
    OUTBOX_POLL_MS: "500",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    AUTH_URL: `http://127.0.0.1:${port}`,
  };
  for (const name of ["PGLITE_DIR", "OUTBOX_WORKER", "DEV_MAILBOX", "DB_ROUND_TRIPS"]) delete env[name];
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const file = createWriteStream(logFile);
  let output = "";
  const take = (d: Buffer) => {
    output += d.toString();
    file.write(d);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  log(`next start -p ${port} (pid ${child.pid}, ${distDir()}); its output goes to ${logFile}`);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // However this process ends, the server does not outlive it.
  const orphaned = () => void (child.exitCode === null && child.signalCode === null && child.kill("SIGKILL"));
  process.once("exit", orphaned);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => file.end(() => resolve()));
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) return { baseUrl, pid: child.pid!, logFile, log: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer /sign-in within 120 s:\n${output}`);
}
