#!/usr/bin/env node
// `npm run test:mutation [-- lib/permissions lib/outbox …] [-- --concurrency N]`
// Mutation testing with StrykerJS (stryker.config.mjs): for each folder, one Stryker run that
// mutates the folder's code (not its tests or test helpers) and runs the Vitest tests covering
// each mutant. Prints Stryker's own table, then per folder the mutation score and every
// surviving mutant (file:line, mutator, replacement). Without folders: the policy (with its
// unit tests), its facts loaders (lib/permissions/facts, with the integration tests) and every
// use-case folder, one after another (long: see README "Mutation testing").
// Reruns are incremental (reports/mutation/<folder>.incremental.json): only mutants whose code
// or covering tests changed run again; delete the file (or pass --force) for a full run.
// A folder too big for one run here is run in parts (PARTS: `lib/hubs/core` is lib/hubs' top-level
// files, beside `lib/hubs/invitations` and `lib/hubs/projects`); when several parts of one folder
// ran, a combined line sums their reports. `--report-only` prints the last reports without running.
// `--tests <glob>` runs only those test files (Stryker's --testFiles): faster on a busy machine,
// and a lower bound of the full run's score (fewer tests can only kill fewer mutants).
// Exit 0 unless Stryker itself fails; the score is reported, not enforced.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NOT_MUTATED = ["**/*.test.ts", "**/*.test.tsx", "**/test-helpers.ts", "**/test-facts.ts", "**/*.d.ts"];
/**
 * What each run mutates and with which tests. The policy is pure and has its own table
 * tests, so its run uses the unit tests (every integration test also calls the policy, and
 * rerunning them all per mutant takes hours); its facts loaders read the database, so
 * theirs is a run of its own with the integration tests.
 */
const TARGETS = {
  "lib/permissions": { mutate: ["lib/permissions/**/*.ts", "!lib/permissions/facts/**"], tests: "unit" },
  "lib/permissions/facts": { mutate: ["lib/permissions/facts/**/*.ts"], tests: "all" },
  // lib/hubs' own files without its subfolders (each subfolder is a part of its own).
  "lib/hubs/core": { mutate: ["lib/hubs/*.ts"], tests: "all" },
};
/** Folders whose parts together mutate every file of the folder once (for the combined line). */
export const PARTS = { "lib/hubs": ["lib/hubs/core", "lib/hubs/invitations", "lib/hubs/projects"] };
/** A named target, a folder, or files (globs allowed), comma-separated: `lib/hubs/a.ts,lib/hubs/projects/b.ts`. */
const isFileTarget = (name) => name.endsWith(".ts") || name.includes("*");
const target = (name) => TARGETS[name] ?? (isFileTarget(name) ? { mutate: name.split(","), tests: "all" } : { mutate: [`${name}/**/*.ts`], tests: "all" });
export const DEFAULT_FOLDERS = ["lib/permissions", "lib/permissions/facts", "lib/accounts", "lib/contracts", "lib/hubs", "lib/outbox", "lib/audit", "lib/actions"];

/** Stryker's score: detected (killed or timed out) over valid mutants (detected, survived, not covered). */
export function score(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count("Killed", "Timeout");
  const undetected = count("Survived", "NoCoverage");
  const valid = detected + undetected;
  return { detected, undetected, valid, score: valid === 0 ? null : (100 * detected) / valid };
}

const reportFile = (folder) => `reports/mutation/${folder.replace(/\W+/g, "-").slice(0, 150)}.json`;

/** Sums of detected and valid over parts' results: the folder's score, as if it had run whole. */
export function combine(results) {
  const detected = results.reduce((n, r) => n + r.detected, 0);
  const valid = results.reduce((n, r) => n + r.valid, 0);
  return { detected, undetected: valid - detected, valid, score: valid === 0 ? null : (100 * detected) / valid };
}

function summarise(folder, report) {
  const files = Object.entries(report.files ?? {});
  const mutants = files.flatMap(([file, f]) => f.mutants.map((m) => ({ ...m, file })));
  const s = score(mutants);
  const pct = s.score === null ? "n/a" : `${s.score.toFixed(2)}%`;
  console.log(`\nmutation score ${folder}: ${pct} (${s.detected} detected of ${s.valid}; ${s.undetected} survived or not covered)`);
  const survivors = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  for (const m of survivors.sort((a, b) => a.file.localeCompare(b.file) || a.location.start.line - b.location.start.line)) {
    const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 100);
    console.log(`  ${m.status === "NoCoverage" ? "no coverage" : "survived"}  ${path.relative(root, path.resolve(root, m.file))}:${m.location.start.line}  ${m.mutatorName}  → ${replacement}`);
  }
  return s;
}

function main() {
  const args = process.argv.slice(2);
  const concurrencyAt = args.indexOf("--concurrency");
  const concurrency = concurrencyAt >= 0 ? args[concurrencyAt + 1] : undefined;
  const testsAt = args.indexOf("--tests");
  const testFiles = testsAt >= 0 ? args[testsAt + 1] : undefined;
  const valueAt = new Set([concurrencyAt, testsAt].filter((i) => i >= 0).map((i) => i + 1));
  const folders = args.filter((a, i) => !a.startsWith("--") && !valueAt.has(i));
  const chosen = (folders.length ? folders : DEFAULT_FOLDERS).map((f) => f.replace(/\/+$/, ""));
  const results = [];
  if (args.includes("--report-only")) {
    for (const folder of chosen) {
      const file = path.join(root, reportFile(folder));
      if (!existsSync(file)) console.error(`no report for ${folder} (${reportFile(folder)})`);
      else results.push({ folder, ...summarise(folder, JSON.parse(readFileSync(file, "utf8"))) });
    }
    printScores(results);
    return;
  }
  for (const folder of chosen) {
    if (!TARGETS[folder] && !isFileTarget(folder) && !existsSync(path.join(root, folder))) {
      console.error(`no such folder: ${folder}`);
      process.exit(2);
    }
    const { mutate: globs, tests } = target(folder);
    const mutate = [...globs, ...NOT_MUTATED.map((g) => `!${g}`)].join(",");
    console.log(`\n── stryker: ${folder} (${tests === "unit" ? "unit tests" : "unit and integration tests"}) ${"─".repeat(Math.max(3, 40 - folder.length))}`);
    const report = reportFile(testFiles ? `${folder} tests ${testFiles}` : folder);
    const run = spawnSync(
      path.join(root, "node_modules", ".bin", "stryker"),
      ["run", "--mutate", mutate, ...(concurrency ? ["--concurrency", concurrency] : []), ...(testFiles ? ["--testFiles", testFiles] : []), ...(args.includes("--force") ? ["--force"] : [])],
      { cwd: root, stdio: "inherit", env: { ...process.env, STRYKER_JSON_REPORT: report, STRYKER_TESTS: tests, STRYKER_TEMP_DIR: `.stryker-tmp-${folder.replace(/\W+/g, "-").slice(0, 60)}`, STRYKER_INCREMENTAL_FILE: report.replace(/\.json$/, ".incremental.json") } },
    );
    if (run.status !== 0) {
      console.error(`stryker failed on ${folder} (exit ${run.status ?? run.signal})`);
      process.exit(run.status ?? 1);
    }
    const result = { folder, ...summarise(folder, JSON.parse(readFileSync(path.join(root, report), "utf8"))) };
    // Stryker's Vitest runner stops its first run at the first failing file (bail) and still calls
    // it a success; a run in which no test covered any mutant is that, not a score.
    if (result.valid > 0 && result.detected === 0 && result.undetected === result.valid) {
      console.error(`\n!! ${folder}: no test covered any mutant: the initial test run was probably cut short (a file failing or timing out in its setup). Not a score; rerun with --force.`);
    }
    results.push(result);
  }
  printScores(results);
}

function printScores(results) {
  const line = (folder, r, note = "") => console.log(`${folder.padEnd(22)} ${r.score === null ? "n/a" : `${r.score.toFixed(2)}%`}  (${r.detected}/${r.valid})${note}`);
  console.log("\n── mutation scores ─────────────────────────");
  for (const r of results) line(r.folder, r);
  for (const [folder, parts] of Object.entries(PARTS)) {
    const ran = results.filter((r) => parts.includes(r.folder));
    if (ran.length < 2) continue;
    const missing = parts.filter((p) => !ran.some((r) => r.folder === p));
    line(folder, combine(ran), `  combined: ${ran.map((r) => r.folder).join(" + ")}${missing.length ? `; not run: ${missing.join(", ")}` : ""}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
