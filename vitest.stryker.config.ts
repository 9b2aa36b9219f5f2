import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// The Vitest config StrykerJS runs (stryker.config.mjs): unit and integration tests as ONE
// project, since Stryker runs Vitest in one thread and two projects with different worker
// settings refuse to run together. Integration tests need PostgreSQL, as in `npm test`.
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
  test: {
    environment: "node",
    restoreMocks: true,
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next*/**", "e2e/**", "**/.data/**", "**/.stryker-tmp*/**"],
    globalSetup: ["test/support/integration-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
