import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
// Found by Node's resolution, not under `${root}/node_modules`: Stryker's sandbox gets no
// node_modules link when the checkout's own node_modules is a symlink (a git worktree sharing
// one install), and a missing alias target made every test file that reaches a "server-only"
// module fail to load, which Stryker does not report: their tests silently covered nothing.
const serverOnlyEmpty = path.join(path.dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js");

// The Vitest config StrykerJS runs (stryker.config.mjs): unit and integration tests as ONE
// project, since Stryker runs Vitest in one thread and two projects with different worker
// settings refuse to run together. Integration tests need PostgreSQL, as in `npm test`.
// STRYKER_TESTS=unit keeps the pure tests only (the policy's own tests: scripts/test-mutation.mjs).
const unitOnly = process.env.STRYKER_TESTS === "unit";
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: serverOnlyEmpty },
    ],
  },
  test: {
    environment: "node",
    restoreMocks: true,
    include: unitOnly ? ["lib/**/*.unit.test.ts"] : ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next*/**", "e2e/**", "**/.data/**", "**/.stryker-tmp*/**"],
    globalSetup: unitOnly ? [] : ["test/support/integration-global-setup.ts"],
    setupFiles: unitOnly ? [] : ["test/support/bystanders-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
