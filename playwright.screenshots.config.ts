import { defineConfig } from "@playwright/test";
import { launchOptions } from "./e2e/support/browser";
import { portalWebServer } from "./e2e/support/web-server";
import { freePort } from "./scripts/free-port.mjs";

// `npm run screenshots`: the README's pictures. Starts the same production server as the
// end-to-end tests (a throwaway PostgreSQL database with the demo world), signs in as the
// demo personas and writes PNGs of the main pages at 1366 and 390 px into docs/screenshots/.
const port = Number(process.env.E2E_PORT ?? (await freePort()));
process.env.E2E_PORT = String(port);

export default defineConfig({
  testDir: "./e2e/screenshots",
  testMatch: /.*\.shots\.ts/,
  outputDir: `test-results/screenshots-${port}`,
  workers: 1,
  reporter: [["list"]],
  timeout: 120_000,
  use: { baseURL: `http://localhost:${port}`, headless: true, locale: "en-US", timezoneId: "UTC", launchOptions },
  webServer: portalWebServer(port),
});
