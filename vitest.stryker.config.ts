import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// The Vitest config StrykerJS runs (stryker.config.mjs): unit and integration tests as ONE
// project, since Stryker runs Vitest in one thread and two projects with different worker
// settings refuse to run together. Integration tests need PostgreSQL, as in `npm test`.
// STRYKER_TESTS=unit keeps the pure tests only (the policy's own tests: scripts/test-mutation.mjs).
const unitOnly = process.env.STRYKER_TESTS === "unit";
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
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
