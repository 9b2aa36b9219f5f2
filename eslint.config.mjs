import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** @type {import("eslint").Linter.Config[]} */
const config = [
  {
    ignores: [
      // .next and the side-by-side dist dirs (NEXT_DIST_DIR=.next-e2e, ...).
      ".next*/**",
      "node_modules/**",
      "db/migrations/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "blob-report/**",
      "coverage/**",
      ".stryker-tmp*/**",
      "reports/**",
      "stryker-setup-*.js",
      "e2e/.auth/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // Playwright fixtures take a `use` callback that the React hooks rule mistakes for React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
