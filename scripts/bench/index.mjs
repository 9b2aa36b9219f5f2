#!/usr/bin/env node
// `npm run bench [-- <by-user options>]`: By User at scale (scripts/bench/by-user.ts, its options
// passed through), then the weight of every page (`npm run bench:pages`, e2e/bench/). Each part
// also runs alone: `npm run bench:by-user`, `npm run bench:pages`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const parts = [
  [bin("tsx"), ["--conditions=react-server", "scripts/bench/by-user.ts", ...process.argv.slice(2)]],
  [bin("playwright"), ["test", "-c", "playwright.bench.config.ts"]],
];
for (const [command, args] of parts) {
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
