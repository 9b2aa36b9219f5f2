import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const REQUEST_FACTS = { name: "@/lib/pages/request-facts", message: "Use cases load facts with tx inside their transaction." };
const FACTS_INSIDE = { group: ["@/lib/permissions/facts/*", "**/permissions/facts/*"], message: 'Import the loaders from "@/lib/permissions/facts": its SQL fragments stay inside the folder.' };

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
    // Every text input is read through the shared input schemas, which refuse NUL bytes and
    // other control characters once for all (lib/input/schemas.ts). Tests may build anything.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/input/schemas.ts", "**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
          message: "Build text inputs from lib/input/schemas.ts (text(), emailAddress(), searchText()): they refuse NUL bytes and control characters.",
        },
        { selector: "MemberExpression[object.name='z'][property.name='iso']", message: "Use isoDay() or cursorTimestamp from lib/input/schemas.ts: they refuse days PostgreSQL cannot store." },
      ],
    },
  },
  {
    // The request's cached facts are for reading pages: a use case loads its facts with `tx`
    // (and locks) inside its transaction, so nothing under lib/ but lib/pages may read them.
    files: ["lib/**"],
    ignores: ["lib/pages/**", "lib/permissions/facts/**"],
    rules: { "no-restricted-imports": ["error", { paths: [REQUEST_FACTS], patterns: [FACTS_INSIDE] }] },
  },
  {
    // lib/permissions/facts shares its SQL fragments inside the folder only: everyone else
    // calls its loaders through "@/lib/permissions/facts".
    files: ["app/**", "test/**", "scripts/**", "e2e/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [FACTS_INSIDE] }] },
  },
  {
    // Components are the UI: they call server actions from lib/<area>/actions.ts and get data and
    // capabilities from their page; they never reach into app/ or the database.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            FACTS_INSIDE,
            { group: ["@/app/*", "@/app"], message: "Server actions live in lib/<area>/actions.ts; components never import app/." },
            { group: ["@/db/*", "@/db"], message: "Components get their data from the page; the database is lib/'s." },
          ],
        },
      ],
    },
  },
  {
    // The database layer depends on nothing above it.
    files: ["db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/*", "@/app/*", "@/components/*", "../lib/*"], message: "db/ opens and migrates; it imports nothing from above it." }] }] },
  },
  {
    // Playwright fixtures take a `use` callback that the React hooks rule mistakes for React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
