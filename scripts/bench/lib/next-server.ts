import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds the production app into NEXT_DIST_DIR when there is none or when asked (`force`);
 * says so when the sources are newer than the build. Asynchronous, so that Ctrl-C still
 * reaches the caller's cleanup; `track` gets a function that stops the build.
 */
export async function ensureBuild(force: boolean, log: (m: string) => void, track: (stop: () => Promise<void>) => void): Promise<void> {
  const buildId = path.join(root, distDir(), "BUILD_ID");
  if (!force && existsSync(buildId)) {
    const sources = Math.max(
      ...["app", "components", "lib", "db", "public"].map((d) => newest(path.join(root, d))),
      ...["package.json", "next.config.ts", "proxy.ts", "instrumentation.ts"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
    );
    if (statSync(buildId).mtimeMs < sources) log(`note: the sources are newer than the build in ${distDir()}; pass --build to rebuild`);
    return;
  }
  log(`building the production app into ${distDir()} (${force ? "--build" : "there is none"})`);
  // The build must never touch the benchmark database: it gets a scratch embedded one.
  const scratch = mkdtempSync(path.join(os.tmpdir(), "portal-bench-build-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PGLITE_DIR: scratch };
  delete env.DATABASE_URL;
  const build = spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env });
  const exited = new Promise<number | null>((resolve) => build.once("exit", (code) => resolve(code)));
  track(async () => {
    if (build.exitCode === null && build.signalCode === null) build.kill("SIGTERM");
    await exited;
  });
  const code = await exited;
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`next build failed (${code ?? build.signalCode})`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

/** `next start` on BENCH_PORT (else a free local port) against `databaseUrl`, ready once /api/health answers. */
export async function startNext(databaseUrl: string, log: (m: string) => void): Promise<RunningServer> {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "0",
    DEMO_SIGN_IN: "on",
    // The purchase emails would otherwise be delivered while we measure.
    OUTBOX_WORKER: "off",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    // The portal's public URL, as this script reaches it (links, Auth.js, the Origin check).
    AUTH_URL: `http://127.0.0.1:${port}`,
    // Pages' database round trips, read through /api/dev/round-trips (db/round-trips.ts).
    DB_ROUND_TRIPS: "count",
  };
  delete env.PGLITE_DIR;
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  log(`next start -p ${port} (pid ${child.pid}, ${distDir()})`);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, pid: child.pid!, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 60 s:\n${output}`);
}
