import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Unit tests are pure (no database, no network): `*.unit.test.ts` anywhere (the permission
// policy's among them). Every other `*.test.ts` is an integration test that talks to a real
// PostgreSQL through test/support/test-db.ts. Helpers for both live in test/support/.
const unitFiles = ["**/*.unit.test.ts", "**/*.unit.test.tsx"];
const alwaysExcluded = ["**/node_modules/**", "**/.stryker-tmp*/**", "**/.next*/**", "e2e/**", "**/.data/**", "test-results/**", "playwright-report/**"];

export default defineConfig({
  resolve: {
    // tsconfig's "@/*": ["./*"]. A regex so that scoped packages ("@auth/...") never match.
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run outside React's server environment: "server-only" is the marker, not a guard, here.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    environment: "node",
    restoreMocks: true,
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: unitFiles,
          exclude: alwaysExcluded,
          pool: "threads",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...alwaysExcluded, ...unitFiles],
          // Fails the run with a clear message when PostgreSQL can't be reached: never skips.
          globalSetup: ["test/support/integration-global-setup.ts"],
          setupFiles: ["test/support/bystanders-setup.ts"],
          pool: "forks",
          // 2 cores, and each file creates and migrates its own database.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
