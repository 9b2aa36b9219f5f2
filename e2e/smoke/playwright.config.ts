import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "../support/browser";

// The demo smoke test (scripts/smoke-demo.mjs): the README's run command, `npm run
// start:demo` on the embedded database, started by the script, not by Playwright.
const baseURL = process.env.SMOKE_BASE_URL ?? "http://localhost:3200";

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
