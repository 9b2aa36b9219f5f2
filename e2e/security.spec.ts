import type { APIResponse, Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountIdFromStart, hubIdOn, personIdOn, productIdOn } from "./support/account-ids";
import { portalOrigin } from "./support/origin";
import { personas } from "./support/personas";
import { removeNamedUser } from "./support/named-users";
import { mailboxSignInLink } from "./support/sign-in";
import { demoHubName } from "../lib/demo/personas";

// The doors, tried as an attacker would (issue 6): security headers and the CSP in a real
// browser, the public URL in emailed links, origin checks, crafted input, refusal statuses.

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect.soft(h["x-frame-options"], what).toBe("DENY");
  expect.soft(h["x-content-type-options"], what).toBe("nosniff");
  expect.soft(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect.soft(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  // Powerful features are off (issue 14): camera, microphone, location, payment, USB and the like.
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect.soft(h["permissions-policy"], what).toContain(`${feature}=()`);
  // The e2e portal is served over http: no HSTS (it is sent when AUTH_URL is https, see lib/http).
  expect.soft(h["strict-transport-security"], what).toBeUndefined();
}

/** Records what the browser reports against the page's CSP (events and console), and any Permissions-Policy feature it does not know. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)|Permissions-Policy|Unrecognized feature/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

/** The id of a server action, as the portal's own page sends it (a build-specific hash). */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<{ id: string; request: Request }> {
  const posted = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const request = await posted;
  return { id: request.headers()["next-action"]!, request };
}

test.describe("security headers and the CSP", () => {
  test.use({ persona: "primaryAdmin" });

  test("security: a page and a route handler carry the security headers, and each page its own CSP nonce on Next's scripts", async ({ page }) => {
    const first = await page.request.get("/sign-in");
    const second = await page.request.get("/sign-in");
    expectSecurityHeaders(first, "/sign-in");
    const nonceOf = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second)).not.toBe(nonce);
    const csp = first.headers()["content-security-policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-");
    expect(csp).not.toContain("unsafe-inline");
    // Every script of the page carries the nonce: Next's own inline scripts included.
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect.soft(tag).toContain(`nonce="${nonce}"`);

    const accountId = await accountIdFromStart(page);
    for (const url of ["/api/health", `/api/accounts/${accountId}/users/export`]) {
      const route = await page.request.get(url);
      expect(route.status(), url).toBe(200);
      expectSecurityHeaders(route, url);
      expect(route.headers()["content-security-policy"]).toContain("default-src 'none'");
    }
  });

  test("security: the main pages run under the CSP with no violation in the browser", async ({ page, asPersona, visitor }) => {
    test.slow();
    const violations = await watchCsp(page);
    const accountId = await accountIdFromStart(page);
    const tomId = await personIdOn(page, accountId, personas.namedUser.email, `${personas.namedUser.firstName} ${personas.namedUser.lastName}`);
    const productId = await productIdOn(page, accountId, "AutoCAD");
    const hubId = await hubIdOn(page, demoHubName);
    const base = `/accounts/${accountId}`;
    const pages = [`${base}/users`, `${base}/users/${tomId}`, `${base}/products`, `${base}/products/${productId}`, `${base}/admins`, `${base}/contracts`, `${base}/activity`, `${base}/sso`, "/permissions", `/hubs/${hubId}`, "/dev/mailbox", "/no-such-page"];
    for (const url of pages) {
      await page.goto(url);
      // Hydrated: the client router is there (the main navigation's links are client links).
      await expect(page.locator("body")).not.toBeEmpty();
    }
    // A dialog locks the page's scroll with a runtime <style> (Radix), a toast container is styled: both under the CSP.
    await page.goto(`/hubs/${hubId}/invitations`);
    await page.getByRole("button", { name: "Invite people" }).click();
    await expect(page.getByRole("dialog", { name: "Invite people to the hub" })).toBeVisible();
    await page.keyboard.press("Escape");
    // Client-side work under the CSP: the By User search, and the picker that fetches candidates.
    await page.goto(`${base}/users`);
    await page.getByLabel("Name or email").fill("fischer");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page).toHaveURL(/q=fischer/);
    // The refusal page, and the sign-in page of a signed-out visitor.
    const tom = await asPersona("namedUser");
    const tomViolations = await watchCsp(tom);
    await tom.goto(`${base}/admins`);
    await expect(tom.getByRole("alert").filter({ hasText: "You can't open this page." })).toBeVisible();
    const visitorViolations = await watchCsp(visitor);
    await visitor.goto("/sign-in");
    await expect(visitor.getByRole("button", { name: "Sign in with password" })).toBeVisible();
    expect([...violations, ...tomViolations, ...visitorViolations]).toEqual([]);
  });
});

test.describe("links in emails", () => {
  test("security: a sign-in link asked for with a forged X-Forwarded-Host points to the portal's public URL, by the form and by Auth.js's endpoint", async ({ visitor: page }) => {
    // Straight to Auth.js's email endpoint.
    const direct = `forged.direct.${stamp()}@security-e2e.test`;
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const post = await page.request.post("/api/auth/signin/email", {
      form: { email: direct, csrfToken, callbackUrl: "/" },
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(302);
    expect(new URL(post.headers().location ?? "", portalOrigin()).origin).toBe(portalOrigin());
    expect(new URL(await mailboxSignInLink(page, direct)).origin).toBe(portalOrigin());

    // The sign-in form's server action, every request of the browser carrying the forged header.
    await page.context().setExtraHTTPHeaders({ "x-forwarded-host": "evil.example" });
    const viaForm = `forged.form.${stamp()}@security-e2e.test`;
    await page.goto("/sign-in");
    await page.getByLabel("Work email", { exact: true }).fill(viaForm);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).not.toHaveURL(/\/sign-in\/?(\?.*)?$/);
    const link = await mailboxSignInLink(page, viaForm);
    expect(new URL(link).origin).toBe(portalOrigin());
    // And the link works on the real host.
    await page.goto(link);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("origin checks", () => {
  test("security: a server action posted from another origin is refused with 403, even with X-Forwarded-Host forged to match, and sends nothing", async ({ visitor: page }) => {
    await page.goto("/sign-in");
    const own = `origin.own.${stamp()}@security-e2e.test`;
    await page.getByLabel("Work email", { exact: true }).fill(own);
    const { id, request } = await captureAction(page, () => page.getByRole("button", { name: "Email me a sign-in link" }).click());
    const victim = `origin.victim.${stamp()}@security-e2e.test`;
    const body = (request.postDataBuffer() ?? Buffer.from("")).toString("utf8").split(own).join(victim);
    const headers = { "next-action": id, "content-type": request.headers()["content-type"] ?? "", accept: "text/x-component" };
    const forgeries: Record<string, string>[] = [{ origin: "http://evil.example", "x-forwarded-host": "evil.example" }, { origin: "http://evil.example" }, {}];
    for (const forged of forgeries) {
      const response = await page.request.post("/sign-in", { headers: { ...headers, ...forged }, data: body, maxRedirects: 0 });
      expect.soft(response.status(), JSON.stringify(forged)).toBe(403);
      expect.soft(await response.json().catch(() => null)).toMatchObject({ ok: false, code: "forbidden_origin" });
    }
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(victim)}`);
    await expect(page.getByText(`No emails for ${victim} yet.`)).toBeVisible();
  });

  test.describe("as the primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("security: the CSV import refuses a request without Origin, or from another origin, with 403 and imports nothing", async ({ page }) => {
      const accountId = await accountIdFromStart(page);
      const email = `origin.import.${stamp()}@security-e2e.test`;
      const multipart = { file: { name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(`First name,Last name,Email\nIm,Ported,${email}\n`) } };
      const url = `/api/accounts/${accountId}/users/import`;
      const attempts: Record<string, string>[] = [{}, { origin: "http://evil.example" }, { origin: "null" }, { origin: "http://evil.example", "x-forwarded-host": "evil.example", host: "evil.example" }];
      for (const headers of attempts) {
        const response = await page.request.post(url, { multipart, headers });
        expect.soft(response.status(), JSON.stringify(headers)).toBe(403);
        expect.soft(await response.json().catch(() => null)).toMatchObject({ ok: false, code: "forbidden_origin" });
      }
      await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(email)}`);
      await expect(page.getByText("No users match this search and these filters.")).toBeVisible();
    });
  });
});

test.describe("crafted input", () => {
  test.use({ persona: "primaryAdmin" });

  test("security: impossible cursors and dates and NUL bytes in URLs get an invalid answer, never a 500, and exports say so before streaming", async ({ page }) => {
    const accountId = await accountIdFromStart(page);
    const productId = await productIdOn(page, accountId, "AutoCAD");
    const base = `/accounts/${accountId}`;
    const bad = "2026-13-45T25:61:61Z";
    const badMicros = "2026-13-45T25:61:61.000000Z";
    const invalidPages: [string, string][] = [
      [`${base}/users?sort=added&after=${b64({ s: "added", d: "asc", k: [badMicros, "x"] })}`, "This address is invalid."],
      [`${base}/users?sort=added&after=${b64({ s: "added", d: "asc", k: [bad, "x"] })}`, "This address is invalid."],
      [`${base}/users?sort=status&after=${b64({ s: "status", d: "asc", k: ["active", badMicros, "x"] })}`, "This address is invalid."],
      [`${base}/users?q=%00`, "Remove the control characters"],
      [`${base}/activity?after=${b64([badMicros, "00000000-0000-4000-8000-000000000000"])}`, "This address is invalid."],
      [`${base}/activity?from=0000-01-01`, "Enter a date as YYYY-MM-DD."],
      [`${base}/activity?actor=%00`, "Remove the control characters"],
      [`${base}/activity?target=%00`, "Remove the control characters"],
      [`${base}/activity?action=%00`, "Remove the control characters"],
      [`${base}/products/${productId}?q=%00`, "Remove the control characters"],
      [`/dev/mailbox?to=%00`, "Remove the control characters"],
    ];
    for (const [url, says] of invalidPages) {
      const response = await page.goto(url);
      expect.soft(response?.status() ?? 0, url).toBeLessThan(500);
      await expect.soft(page.getByText(says).first(), url).toBeVisible();
    }
    const invalidRoutes = [
      `/api/accounts/${accountId}/activity/export?from=0000-01-01`,
      `/api/accounts/${accountId}/activity/export?actor=%00`,
      `/api/accounts/${accountId}/users/export?q=%00`,
      `/api/accounts/${accountId}/products/${productId}/candidates?q=%00`,
    ];
    for (const url of invalidRoutes) {
      const response = await page.request.get(url);
      expect.soft(response.status(), url).toBe(400);
      // A whole JSON answer, not a download cut off mid-way.
      expect.soft(await response.json().catch(() => null), url).toMatchObject({ ok: false, code: "invalid" });
    }
  });

  test("security: server action bodies that are null, not JSON, 2 MB or nested 5,000 deep, or a NUL in a name, are refused and write nothing", async ({ page }) => {
    const accountId = await accountIdFromStart(page);
    await page.goto(`/accounts/${accountId}/users`);
    // The add-user action's id, as the page sends it: a valid add of a throwaway person.
    const added = `crafted.${stamp()}@security-e2e.test`;
    await page.getByRole("button", { name: "Add user", exact: true }).click();
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("First name").fill("Crafted");
    await form.getByLabel("Last name").fill("Input");
    await form.getByLabel("Email").fill(added);
    const { id } = await captureAction(page, () => form.getByRole("button", { name: "Add user" }).click());
    await expect(form.getByRole("status")).toContainText(`Added ${added}`);

    const post = (data: string) =>
      page.request.post(`/accounts/${accountId}/users`, { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: portalOrigin() }, data });
    let deep = "1";
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const target = `crafted.body.${stamp()}@security-e2e.test`;
    const bodies: [string, string, number][] = [
      ["null", "null", 400],
      ["not JSON", "this is not json", 400],
      ["2 MB", JSON.stringify([{ accountId, email: target, firstName: "x".repeat(2 * 1024 * 1024), lastName: "y" }]), 413],
      ["nested 5,000 deep", `[{"accountId":"${accountId}","email":"${target}","firstName":${deep},"lastName":"y"}]`, 400],
    ];
    for (const [what, data, status] of bodies) {
      const response = await post(data);
      expect.soft(response.status(), what).toBe(status);
      expect.soft(await response.json().catch(() => null), what).toMatchObject({ ok: false, code: "invalid" });
    }
    // A NUL byte in a name reaches the action, which answers with a field message.
    const nul = await post(JSON.stringify([{ accountId, email: target, firstName: "Nul\u0000Byte", lastName: "Name" }]));
    expect(nul.status()).toBe(200);
    expect(await nul.text()).toContain("Remove the control characters");
    await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(target)}`);
    await expect(page.getByText("No users match this search and these filters.")).toBeVisible();

    await removeNamedUser(page, accountId, added, "Crafted Input");
  });
});

test.describe("refusals", () => {
  test.use({ persona: "namedUser" });

  test("security: a named user without an admin role gets the refusal with HTTP 403 on By User, Admins, Activity and Sign-in settings; another account's stay 404", async ({ page, asPersona }) => {
    const priya = await asPersona("primaryAdmin");
    const northwind = await accountIdFromStart(priya);
    const grace = await asPersona("otherAccountAdmin");
    const contoso = await accountIdFromStart(grace);
    for (const [view, rule] of [["users", "UM-7"], ["admins", "UM-7"], ["activity", "AU-2"], ["sso", "HB-1"]] as const) {
      const url = `/accounts/${northwind}/${view}`;
      const response = await page.goto(url);
      expect.soft(response?.status(), url).toBe(403);
      await expect.soft(page.getByRole("alert").filter({ hasText: "You can't open this page." }), url).toContainText(`(${rule})`);
      // Tom has no relation to Contoso: its pages are not found, not refused.
      const other = `/accounts/${contoso}/${view}`;
      expect.soft((await page.request.get(other)).status(), other).toBe(404);
    }
  });
});
