import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OIDC_TEST_NAME, OIDC_TEST_PASSWORD } from "./support/oidc-server.mjs";
import { DEMO_PASSWORD } from "./support/personas";
import { accountIdFromUrl } from "./support/sign-in";

// Sign-in (SSO) settings (HB-1 Decision). Every domain these tests add is new and unique to
// the run, and removed at the end: other specs sign in by password at northwind.example,
// which must never be enforced. The OpenID Connect provider is the loopback one that
// scripts/e2e-server.mjs starts (e2e/support/oidc-server.mjs).

const freshDomain = (label: string) => `${label}-${randomBytes(4).toString("hex")}.example`;

/** The account id of the page's person's first account, from where `/` sends them. */
async function firstAccountId(page: Page): Promise<string> {
  await page.goto("/");
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\//);
  return accountIdFromUrl(page.url());
}

/** An alert with this text (Next.js's route announcer is an alert too, so never "the" alert). */
const alertWith = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

const domainRow = (page: Page, domain: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: domain, exact: true }) });

/** Opens the "Add domain" dialog from the page header; returns its form. */
async function openAddDomain(page: Page) {
  await page.getByRole("button", { name: "Add domain", exact: true }).click();
  return page.getByRole("dialog", { name: "Add an email domain" }).getByRole("form", { name: "Add an email domain" });
}

async function addDomain(page: Page, domain: string) {
  const form = await openAddDomain(page);
  await form.getByLabel("Email domain", { exact: true }).fill(domain);
  await form.getByRole("button", { name: "Add domain" }).click();
  await expect(form.getByRole("status")).toContainText(domain);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(domainRow(page, domain)).toContainText("Any sign-in method");
}

/** Chooses an item of a domain row's "…" menu. */
async function domainMenu(page: Page, domain: string, item: string) {
  await domainRow(page, domain).getByRole("button", { name: `Actions for ${domain}` }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

async function requireSso(page: Page, domain: string) {
  await domainMenu(page, domain, "Require SSO");
  await page.getByRole("alertdialog", { name: `Require SSO for ${domain}?` }).getByRole("button", { name: "Require SSO" }).click();
  await expect(domainRow(page, domain)).toContainText(`${OIDC_TEST_NAME} only`);
}

async function removeDomain(page: Page, domain: string) {
  await domainMenu(page, domain, "Remove domain");
  await page.getByRole("alertdialog", { name: `Remove ${domain}?` }).getByRole("button", { name: "Remove domain" }).click();
  await expect(domainRow(page, domain)).toHaveCount(0);
}

test.describe("sign-in (SSO) settings", () => {
  test.describe("as the SSO admin", () => {
    test.use({ persona: "ssoAdmin" });

    test("HB-1 an SSO admin manages the account's sign-in domains but has no User Management", async ({ page }) => {
      // Their first (and only) view of the account is the sign-in settings.
      await page.goto("/");
      await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/sso$/);
      await expect(page.getByRole("heading", { name: "Sign-in (SSO)", level: 1 })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Sign-in (SSO)" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "By User" })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "By Product" })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "Admins" })).toHaveCount(0);

      const domain = freshDomain("sso-admin");
      await addDomain(page, domain);
      await requireSso(page, domain);
      await domainMenu(page, domain, "Stop requiring SSO");
      await page.getByRole("alertdialog", { name: `Stop requiring SSO for ${domain}?` }).getByRole("button", { name: "Stop requiring SSO" }).click();
      await expect(domainRow(page, domain)).toContainText("Any sign-in method");
      await removeDomain(page, domain);

      // Another account's domain: refused, without saying whose it is.
      const form = await openAddDomain(page);
      await form.getByLabel("Email domain", { exact: true }).fill("contoso.example");
      await form.getByRole("button", { name: "Add domain" }).click();
      await expect(alertWith(page, "contoso.example is already claimed by another account, so it cannot be added here.")).toBeVisible();
      await form.getByLabel("Email domain", { exact: true }).fill("not a domain");
      await form.getByRole("button", { name: "Add domain" }).click();
      await expect(alertWith(page, "Enter a domain name such as example.com")).toBeVisible();
    });

    test("HB-1 the SSO admin cannot open By User", async ({ page }) => {
      const accountId = await firstAccountId(page);
      for (const view of ["users", "products"]) {
        await page.goto(`/accounts/${accountId}/${view}`);
        await expect(alertWith(page, "The SSO admin role grants nothing in User Management")).toBeVisible();
        await expect(page.getByRole("table")).toHaveCount(0);
      }
    });
  });

  test.describe("as the primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("HB-1 the primary admin enforces SSO for a domain, a password sign-in at that domain is refused with a message pointing to SSO, and SSO sign-in works", async ({
      page,
      browser,
    }) => {
      // Many steps across two people and two servers: a longer budget, nothing measured.
      test.slow();
      const accountId = await firstAccountId(page);
      const domain = freshDomain("sso-enforced");
      const email = `ada.lovelace@${domain}`;
      const refusal = `${domain} signs in with ${OIDC_TEST_NAME}: use the Sign in with ${OIDC_TEST_NAME} button.`;
      await page.goto(`/accounts/${accountId}/sso`);
      await addDomain(page, domain);
      let visitorContext: BrowserContext | undefined;
      try {
        await requireSso(page, domain);

        // Signed out: a new context would otherwise inherit the test's saved session.
        visitorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
        const visitor = await visitorContext.newPage();
        await visitor.goto("/sign-in");
        await expect(visitor.getByRole("heading", { name: "Demo sign-in is on" })).toBeVisible();
        await visitor.getByLabel("Email", { exact: true }).fill(email);
        await visitor.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
        await visitor.getByRole("button", { name: "Sign in with password" }).click();
        // The refusal is said next to the form that was used.
        await expect(visitor.getByRole("region", { name: "Demo sign-in is on" }).getByRole("alert")).toHaveText(refusal);
        await expect(visitor).toHaveURL(/\/sign-in\/?$/);

        await visitor.getByLabel("Work email", { exact: true }).fill(email);
        await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
        await expect(visitor.getByRole("region", { name: "Sign in with an email link" }).getByRole("alert")).toHaveText(refusal);
        await expect(visitor).toHaveURL(/\/sign-in\/?$/);

        // Straight to Auth.js, past the forms: refused too, and no link is sent.
        const { csrfToken } = (await (await visitor.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const linkPost = await visitor.request.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
        expect(linkPost.status()).toBe(302);
        expect(linkPost.headers().location).toContain("/sign-in?error=SsoRequired");
        const passwordPost = await visitor.request.post("/api/auth/callback/password", {
          form: { email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" },
          maxRedirects: 0,
        });
        expect(passwordPost.status()).toBe(302);
        expect(passwordPost.headers().location).toContain("code=sso_required");
        await visitor.goto(passwordPost.headers().location ?? "/sign-in");
        await expect(alertWith(visitor, `Your email domain signs in with ${OIDC_TEST_NAME}: use the Sign in with ${OIDC_TEST_NAME} button.`)).toBeVisible();
        await visitor.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
        await expect(visitor.getByTestId("mailbox-email")).toHaveCount(0);

        // SSO: the provider's login page, then back in the portal as a new person.
        await visitor.goto("/sign-in");
        await visitor.getByRole("button", { name: `Sign in with ${OIDC_TEST_NAME}` }).click();
        await expect(visitor.getByRole("heading", { name: OIDC_TEST_NAME })).toBeVisible();
        await visitor.getByLabel("Email").fill(email);
        await visitor.getByLabel("Password").fill(OIDC_TEST_PASSWORD);
        await visitor.getByRole("button", { name: "Sign in" }).click();
        await expect(visitor).toHaveURL(/^http:\/\/localhost:\d+\/$/);
        await expect(visitor.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
        await expect(visitor.getByRole("button", { name: "Sign out" })).toBeVisible();
      } finally {
        await visitorContext?.close();
        await page.goto(`/accounts/${accountId}/sso`);
        await removeDomain(page, domain);
      }
    });
  });
});
