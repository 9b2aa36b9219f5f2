// StrykerJS: mutation testing of the policy and the use cases (`npm run test:mutation`,
// scripts/test-mutation.mjs picks the folders). Each mutant is run against the Vitest tests
// that cover it, unit and integration alike; the integration tests need PostgreSQL
// (DATABASE_URL, else 127.0.0.1:5432), as in `npm test`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts", related: true },
  checkers: [],
  coverageAnalysis: "perTest",
  // Module-level constants (catalogue tables, labels) are covered by every test: mutating
  // them means rerunning everything for each, for little signal.
  ignoreStatic: true,
  // The wording of labels and reasons is not behaviour: a changed message would survive every
  // test that does not pin the sentence. Rule IDs are strings too, but typed (RuleId) and
  // checked by the decision tables and the rules:coverage script.
  mutator: { excludedMutations: ["StringLiteral"] },
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  // The first run executes every covering test once (integration tests make a database per file).
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 2,
  reporters: ["clear-text", "progress", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  jsonReporter: { fileName: process.env.STRYKER_JSON_REPORT ?? "reports/mutation/mutation.json" },
  // A rerun after adding tests only runs the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? "reports/mutation/incremental.json",
  // One temporary folder per folder run (scripts/test-mutation.mjs), so that runs side by side never clean up each other.
  tempDirName: process.env.STRYKER_TEMP_DIR ?? ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: [".next*", ".data", ".stryker-tmp*", "test-results", "playwright-report", "blob-report", "coverage", "reports", "e2e/.auth"],
  thresholds: { high: 95, low: 85, break: null },
};
export default config;
