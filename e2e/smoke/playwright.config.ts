import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "../support/browser";

// The demo smoke test (scripts/smoke-demo.mjs): the README's quick-start line in a fresh
// clone, started by the script (on a free port), not by Playwright.
const baseURL = process.env.SMOKE_BASE_URL;
if (!baseURL) throw new Error("SMOKE_BASE_URL is not set: run the smoke test with node scripts/smoke-demo.mjs");

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.smoke\.ts/,
  outputDir: "../../test-results/smoke",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
});
