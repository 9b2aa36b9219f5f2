import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
// Resolved like any package, not as `${root}/node_modules/…`: Stryker symlinks node_modules into its
// sandbox only when it is a real folder, so in a worktree whose node_modules is itself a symlink the
// sandbox has none, every file importing "server-only" failed to load, and its tests never ran.
const serverOnlyStub = path.join(path.dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js");

// The Vitest config StrykerJS runs (stryker.config.mjs): unit and integration tests as ONE
// project, since Stryker runs Vitest in one thread and two projects with different worker
// settings refuse to run together. Integration tests need PostgreSQL, as in `npm test`.
// STRYKER_TESTS=unit keeps the pure tests only (the policy's own tests: scripts/test-mutation.mjs).
const unitOnly = process.env.STRYKER_TESTS === "unit";
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: serverOnlyStub },
    ],
  },
  test: {
    environment: "node",
    restoreMocks: true,
    include: unitOnly ? ["lib/**/*.unit.test.ts"] : ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next*/**", "e2e/**", "**/.data/**", "**/.stryker-tmp*/**"],
    globalSetup: unitOnly ? [] : ["test/support/integration-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
