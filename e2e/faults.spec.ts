import type { Browser, Page } from "@playwright/test";
import { DATABASE_UNREACHABLE_MESSAGE, NO_ANSWER } from "../lib/actions/unexpected";
import { expect, test } from "./fixtures";
import { startOwnPortal, type OwnPortal } from "./support/own-portal";
import { personas } from "./support/personas";
import { accountIdFromStart } from "./support/account-ids";
import { signInWithPassword } from "./support/sign-in";

// Issue 14, "Faults — what people see". A portal of this spec's own (its database is broken on
// purpose, so the shared e2e server is never touched): a page that fails shows the portal's own
// error page (inside its shell when the shell can render), a click during an outage answers a
// readable failure next to its control instead of replacing the page, and /api/health says 503.

let portal: OwnPortal;

test.describe.serial("faults: what people see", () => {
  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000);
    portal = await startOwnPortal(testInfo.outputPath("own-portal.log"));
  });
  test.afterAll(async () => {
    await portal?.stop();
  });

  async function signedIn(browser: Browser): Promise<{ page: Page; accountId: string }> {
    const context = await browser.newContext({ baseURL: portal.origin, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signInWithPassword(page, personas.primaryAdmin.email);
    return { page, accountId: await accountIdFromStart(page) };
  }

  /** The portal's own words, not Next's generic page with its digest. */
  async function expectFaultPage(page: Page) {
    const fault = page.getByTestId("fault-page");
    await expect(fault.getByRole("heading", { name: "This page could not be shown" })).toBeVisible();
    await expect(fault).toContainText("Nothing was changed");
    await expect(fault.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(fault.getByRole("link", { name: "Go to your start page" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/couldn.t load|Application error|digest/i);
  }

  test("reliability: a page whose query fails shows the portal's own error page inside the shell, and Try again shows the page once it works", async ({ browser }) => {
    test.slow();
    const { page, accountId } = await signedIn(browser);
    await portal.sql`alter table audit_events rename to audit_events_away`;
    try {
      await page.goto(`/accounts/${accountId}/activity`);
      await expectFaultPage(page);
      // The shell is still there: the navigation and the person's own controls.
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    } finally {
      await portal.sql`alter table audit_events_away rename to audit_events`;
    }
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  });

  test("reliability: a click whose request never gets an answer shows a readable failure next to its control, and the page stays", async ({ browser }) => {
    const { page, accountId } = await signedIn(browser);
    await page.goto(`/accounts/${accountId}/users`);
    await page.getByRole("button", { name: "Add user", exact: true }).click();
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("First name").fill("Never");
    await form.getByLabel("Last name").fill("Sent");
    await form.getByLabel("Email").fill("never.sent@faults-e2e.test");
    // The network fails under the server action (its POST carries Next-Action).
    await page.route("**/*", (route) => (route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.continue()));
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("alert")).toHaveText(NO_ANSWER.message);
    // The add dialog stays open over By User (its page is inert behind the modal, hence includeHidden).
    await expect(page.getByRole("dialog", { name: "Add a user" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "By User", level: 1, includeHidden: true })).toBeAttached();
    await expect(page.getByTestId("fault-page")).toHaveCount(0);
  });

  test("reliability: during a database outage a click says the database cannot be reached and nothing was changed, pages show the portal's error page, and /api/health answers 503", async ({ browser }) => {
    test.slow();
    const { page, accountId } = await signedIn(browser);
    await page.goto(`/accounts/${accountId}/users`);
    await page.getByRole("button", { name: "Add user", exact: true }).click();
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("First name").fill("During");
    await form.getByLabel("Last name").fill("Outage");
    await form.getByLabel("Email").fill("during.outage@faults-e2e.test");
    await portal.outage(true);
    try {
      await form.getByRole("button", { name: "Add user" }).click();
      await expect(form.getByRole("alert")).toHaveText(DATABASE_UNREACHABLE_MESSAGE);
      await expect(page.getByRole("dialog", { name: "Add a user" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "By User", level: 1, includeHidden: true })).toBeAttached();
      await expect(page.getByTestId("fault-page")).toHaveCount(0);

      const health = await page.request.get("/api/health");
      expect(health.status()).toBe(503);
      expect(await health.json()).toEqual({ ok: false, code: "database_unreachable", message: DATABASE_UNREACHABLE_MESSAGE });

      // The shell itself needs the database: the app-level error page, with the portal's words.
      const response = await page.goto(`/accounts/${accountId}/users`);
      expect(response?.status()).toBeGreaterThanOrEqual(500);
      await expectFaultPage(page);
    } finally {
      await portal.outage(false);
    }
  });
});
