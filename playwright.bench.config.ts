import { defineConfig } from "@playwright/test";
import { launchOptions } from "./e2e/support/browser";
import { portalWebServer } from "./e2e/support/web-server";
import { freePort } from "./scripts/free-port.mjs";

// `npm run bench:pages`: the page-weight bench (e2e/bench/), against the same production server
// as the end-to-end tests (a throwaway PostgreSQL database with the demo world).
const port = Number(process.env.E2E_PORT ?? (await freePort()));
process.env.E2E_PORT = String(port);

export default defineConfig({
  testDir: "./e2e/bench",
  testMatch: /.*\.bench\.ts/,
  outputDir: `test-results/bench-${port}`,
  workers: 1,
  reporter: [["list"]],
  use: { baseURL: `http://localhost:${port}`, headless: true, locale: "en-US", timezoneId: "UTC", launchOptions },
  webServer: portalWebServer(port),
});
