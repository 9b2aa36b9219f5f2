import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * Launch options shared by every Playwright config of the project. The flags keep
 * Chromium from reaching out to a network it doesn't have (each refused connection
 * slows it down) and let it run as root in a container.
 */
export const launchOptions: LaunchOptions = {
  // Playwright's own bundled browser only where the system one is absent.
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
  ],
};
