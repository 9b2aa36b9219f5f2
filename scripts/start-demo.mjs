#!/usr/bin/env node
// `npm run start:demo`: the README's run command. Makes what the portal needs on first
// start (an auth secret in .env.local, kept out of git), builds when the sources are
// newer than the last build, then serves the production build on PORT (3000) with the public
// URL AUTH_URL (default http://localhost:<port>). With no DATABASE_URL the embedded database
// (.data/pglite) is created, migrated and seeded with the demo world on start.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const envFile = path.join(root, ".env.local");
const env = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
if (!/^AUTH_SECRET=/m.test(env) && !process.env.AUTH_SECRET) {
  writeFileSync(envFile, `${env}${env && !env.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("Created an auth secret in .env.local (git-ignored).");
}

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = Math.max(...["app", "components", "lib", "db", "public"].map((d) => newest(path.join(root, d))), statSync("package.json").mtimeMs);
if (!existsSync(buildId) || statSync(buildId).mtimeMs < sources) {
  console.log("Building the portal (about a minute)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// The portal's public URL: every link it emails is built from it, never from a request's Host.
const publicUrl = process.env.AUTH_URL || `http://localhost:${port}`;
console.log(`Starting the portal on ${publicUrl} …`);
const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, AUTH_URL: publicUrl, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
