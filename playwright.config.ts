import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/support/browser";
import { portalWebServer } from "./e2e/support/web-server";
import { freePort } from "./scripts/free-port.mjs";

// End-to-end tests run against a production build (`next build`, made by `npm test`
// beforehand; scripts/e2e-server.mjs builds when there is none) served by `next start` on
// a throwaway PostgreSQL database seeded with the demo world, with SSO through an OpenID
// Connect provider that the same script starts on loopback (e2e/support/oidc-server.mjs).
// See e2e/README.md.
// E2E_PORT, or a free port picked once: a portal left running on a fixed port cannot fail
// the run. Picked in the runner and kept in the environment, which the workers inherit.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(await freePort());
  process.env.E2E_PORT_PICKED = "1";
}
const port = Number(process.env.E2E_PORT);
const ownPort = !process.env.E2E_PORT_PICKED;
// The browser uses "localhost", as a person following the README does: the server's public
// URL (AUTH_URL) is http://localhost:<port>, and cookies are per host.
const baseURL = `http://localhost:${port}`;
const ci = !!process.env.CI;

export default defineConfig({
  testDir: "./e2e",
  // The demo smoke test has its own config (e2e/smoke/playwright.config.ts) and server.
  testIgnore: ["smoke/**"],
  // Playwright empties its output folder on start: a run beside another (E2E_PORT) keeps its own.
  outputDir: ownPort ? `test-results/e2e-${port}` : "test-results",
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "setup",
      testMatch: /.*\.setup\.ts/,
      // One sign-in per persona, independent of each other: use both workers.
      fullyParallel: true,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "chromium",
      testMatch: /.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  // DB_ROUND_TRIPS=count: pages' database round trips, read by e2e/round-trips.spec.ts.
  webServer: portalWebServer(port, { DB_ROUND_TRIPS: "count" }),
});
