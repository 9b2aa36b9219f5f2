#!/usr/bin/env node
// `npm test`: every test layer, in order, stopping at the first that fails.
//   1. services   Chromium and PostgreSQL present and answering (scripts/ensure-services.mjs)
//   2. unit       vitest --project unit         (pure: the permission policy)
//   3. integration vitest --project integration (real PostgreSQL, a database per file)
//   4. build      next build                    (the production build the browser tests use)
//   5. e2e        playwright test               (next start on a throwaway database)
// Prints a summary line per layer and a closing "N passed, N failed" line.
//
//   node scripts/test-all.mjs [--only=unit,integration,e2e] [--skip-build]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = mkdtempSync(path.join(os.tmpdir(), "portal-test-reports-"));

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : null;
const skipBuild = args.includes("--skip-build");
const wanted = (layer) => !only || only.has(layer);

/** Runs a command with inherited output (env values `undefined` are removed); resolves to its exit code. */
function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, ...env };
    for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
    const child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env: childEnv });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on("error", (error) => {
      console.error(error);
      resolve(1);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON reporter. */
function vitestCounts(file) {
  const r = readJson(file);
  if (!r) return null;
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

/** Counts from Playwright's JSON reporter (flaky = passed on retry, counted as passed). */
function playwrightCounts(file) {
  const r = readJson(file);
  if (!r?.stats) return null;
  const s = r.stats;
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function format(counts) {
  if (!counts) return "";
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
  return ` (${counts.passed} passed, ${counts.failed} failed${skipped})`;
}

function finish(exitCode) {
  console.log("\n── test summary ──────────────────────────────");
  for (const r of results) {
    console.log(`${r.layer.padEnd(12)} ${r.ok ? "passed" : "FAILED"} in ${r.seconds.toFixed(1)} s${format(r.counts)}`);
  }
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  // For .ci/run, which adds the smoke test and prints the run's closing line.
  if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ ...totals, layers: results }));
  rmSync(reports, { recursive: true, force: true });
  process.exit(exitCode);
}

async function layer(name, fn, countsFrom) {
  console.log(`\n── ${name} ${"─".repeat(Math.max(3, 44 - name.length))}`);
  const started = performance.now();
  const code = await fn();
  const counts = countsFrom?.() ?? null;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  results.push({ layer: name, ok: code === 0, seconds: (performance.now() - started) / 1000, counts });
  if (code !== 0) {
    if (counts && counts.failed === 0) totals.failed += 1; // a layer that broke before counting still failed
    console.error(`\n${name} failed (exit ${code}); stopping.`);
    finish(code);
  }
}

function vitestLayer(project) {
  const out = path.join(reports, `${project}.json`);
  return layer(
    project,
    () => run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]),
    () => vitestCounts(out),
  );
}

const needsBrowser = wanted("e2e");
const needsDb = wanted("integration") || wanted("e2e");
if (needsBrowser || needsDb) {
  const flags = [...(needsBrowser ? [] : ["--no-browser"]), ...(needsDb ? [] : ["--no-db"])];
  await layer("services", () => run(process.execPath, [path.join(root, "scripts", "ensure-services.mjs"), ...flags]));
}
if (wanted("unit")) await vitestLayer("unit");
if (wanted("integration")) await vitestLayer("integration");
if (wanted("e2e")) {
  // next.config.ts builds into NEXT_DIST_DIR when set (side-by-side builds), else .next.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!skipBuild || !existsSync(path.join(root, distDir, "BUILD_ID"))) {
    // A scratch embedded database, in case a page reads data at build time: never the test
    // server, never the developer's .data folder.
    const scratch = mkdtempSync(path.join(os.tmpdir(), "portal-build-"));
    await layer("build", async () => {
      const code = await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: undefined, PGLITE_DIR: scratch });
      rmSync(scratch, { recursive: true, force: true });
      return code;
    });
  }
  const out = path.join(reports, "e2e.json");
  await layer(
    "e2e",
    () => run(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out }),
    () => playwrightCounts(out),
  );
}
finish(0);
