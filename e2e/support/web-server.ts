import type { PlaywrightTestConfig } from "@playwright/test";

/**
 * The production server every Playwright config here runs against (scripts/e2e-server.mjs): a
 * throwaway PostgreSQL database with the demo world, on `port`. One definition for the e2e tests,
 * the screenshots and the page-weight bench.
 */
export function portalWebServer(port: number, env: Record<string, string> = {}): NonNullable<PlaywrightTestConfig["webServer"]> {
  return {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/sign-in`,
    // Generous: it may have to build first, and the app migrates and seeds on start.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Let the server script stop `next start` and drop its database (default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { E2E_PORT: String(port), ...env },
  };
}
