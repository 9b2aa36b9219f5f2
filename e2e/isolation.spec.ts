import type { APIResponse, Page } from "@playwright/test";
import { demoAccounts, demoHubName } from "../lib/demo/personas";
import { expect, test } from "./fixtures";
import { accountIdFromStart, contractIdsOn, hubIdOn, personIdOn, productIdOn } from "./support/account-ids";
import { portalOrigin } from "./support/origin";
import { personas } from "./support/personas";

// UM-7 Decision: nobody sees another account's anything. Contoso's admin sends Northwind's
// ids straight to every page and route handler (not through the UI, which never offers
// them): each must answer 404, never 403 (which would confirm the id) nor 200, and the body
// must say nothing of Northwind. Server actions are doors over the same use cases
// (runAction(spec, input)) and Next names them by build-specific ids, so
// lib/accounts/isolation.test.ts sends every use case Northwind's ids at the service level.

type Ids = { accountId: string; userId: string; secondaryId: string; productId: string; contractIds: string[]; hubId: string };

/** Northwind's ids, as its primary admin reads them from the pages' URLs and links. */
async function northwindIds(priya: Page): Promise<Ids> {
  const accountId = await accountIdFromStart(priya);
  const hubId = await hubIdOn(priya, demoHubName);
  const { namedUser: tom, secondaryAdmin: marcus } = personas;
  return {
    accountId,
    hubId,
    userId: await personIdOn(priya, accountId, tom.email, `${tom.firstName} ${tom.lastName}`),
    secondaryId: await personIdOn(priya, accountId, marcus.email, `${marcus.firstName} ${marcus.lastName}`),
    productId: await productIdOn(priya, accountId, "AutoCAD"),
    contractIds: await contractIdsOn(priya, accountId),
  };
}

function accountPages(nw: Ids): string[] {
  const base = `/accounts/${nw.accountId}`;
  return [
    base,
    `${base}/users`,
    `${base}/users?q=fischer`,
    `${base}/users/${nw.userId}`,
    `${base}/users/${nw.secondaryId}`,
    `${base}/products`,
    `${base}/products/${nw.productId}`,
    `${base}/admins`,
    `${base}/sso`,
    `${base}/contracts`,
    ...nw.contractIds.map((id) => `${base}/contracts/${id}`),
    `${base}/activity`,
  ];
}

function accountRoutes(nw: Ids): string[] {
  const api = `/api/accounts/${nw.accountId}`;
  return [`${api}/users/export`, `${api}/activity/export`, `${api}/products/${nw.productId}/candidates?q=a`];
}

/** What of Northwind an answer shows: its name, its hub's name, its people's addresses. Must be nothing. */
const NORTHWIND_MARKS = ["@northwind.example", demoAccounts.hybrid, demoHubName];
async function expectNothingOfNorthwind(url: string, response: APIResponse) {
  const body = await response.text();
  expect.soft({ url, shows: NORTHWIND_MARKS.filter((m) => body.includes(m)) }).toEqual({ url, shows: [] });
}

async function expectPageNotFound(page: Page, url: string) {
  const response = await page.request.get(url);
  const body = await response.text();
  expect.soft({ url, status: response.status(), says: body.includes("Not found") }).toEqual({ url, status: 404, says: true });
  await expectNothingOfNorthwind(url, response);
}

async function expectRouteNotFound(response: APIResponse, url: string) {
  expect.soft(response.status(), url).toBe(404);
  expect.soft(await response.json().catch(() => null), url).toMatchObject({ ok: false, code: "not_found" });
  await expectNothingOfNorthwind(url, response);
}

test.describe("another account's admin", () => {
  test.use({ persona: "otherAccountAdmin" });

  test("UM-7 another account's admin gets not found for every Northwind page and route, by direct request", async ({ page, asPersona }) => {
    // About forty direct requests as two people: near the default budget on a loaded machine.
    test.slow();
    const priya = await asPersona("primaryAdmin");
    const nw = await northwindIds(priya);
    const pages = accountPages(nw);
    const routes = accountRoutes(nw);
    // Control: the same URLs open for Northwind's own admin, so a 404 below is isolation, not a wrong URL.
    for (const url of [...pages, ...routes]) expect.soft((await priya.request.get(url)).status(), `${url} as Northwind's admin`).toBe(200);

    for (const url of pages) await expectPageNotFound(page, url);
    for (const url of routes) await expectRouteNotFound(await page.request.get(url), url);

    // The import reads no file for an outsider: 404, and Northwind has no such user afterwards.
    const email = `outsider.${Date.now().toString(36)}@isolation-e2e.test`;
    const importUrl = `/api/accounts/${nw.accountId}/users/import`;
    const csv = `First name,Last name,Email,Products\nOut,Sider,${email},ACD\n`;
    // With the portal's own Origin, as its page would send it (without one it is refused first, 403: e2e/security.spec.ts).
    const multipart = { file: { name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } };
    await expectRouteNotFound(await page.request.post(importUrl, { multipart, headers: { origin: portalOrigin() } }), importUrl);
    await priya.goto(`/accounts/${nw.accountId}/users?q=${encodeURIComponent(email)}`);
    await expect(priya.getByText("No users match this search and these filters.")).toBeVisible();

    // A browser visit shows the not-found page, with nothing of Northwind on it.
    const response = await page.goto(`/accounts/${nw.accountId}/users/${nw.userId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText(personas.namedUser.email)).toHaveCount(0);
  });

  test("UM-7 HB-3 Northwind's hub is not found to a person who is not its member", async ({ page, asPersona }) => {
    const priya = await asPersona("primaryAdmin");
    await priya.goto("/");
    const hubId = await hubIdOn(priya, demoHubName);
    expect((await priya.request.get(`/hubs/${hubId}`)).status()).toBe(200);
    await expectPageNotFound(page, `/hubs/${hubId}`);
  });

  test("UM-7 Northwind's ids sent through Contoso's own URLs are not found", async ({ page, asPersona }) => {
    const priya = await asPersona("primaryAdmin");
    const nw = await northwindIds(priya);
    const contoso = await accountIdFromStart(page);
    const inventor = await productIdOn(priya, nw.accountId, "Inventor");
    // Tom is no named user of Contoso, Northwind's contracts are not Contoso's, and Contoso has no Inventor seats.
    for (const url of [`/accounts/${contoso}/users/${nw.userId}`, ...nw.contractIds.map((id) => `/accounts/${contoso}/contracts/${id}`), `/accounts/${contoso}/products/${inventor}`]) {
      await expectPageNotFound(page, url);
    }
    const candidates = `/api/accounts/${contoso}/products/${inventor}/candidates?q=a`;
    await expectRouteNotFound(await page.request.get(candidates), candidates);
  });

  test("HY-1 UM-7 views Northwind and Fabrikam have are not found to Contoso's admin, and Fabrikam's missing views to its own manager", async ({ page, asPersona }) => {
    const victor = await asPersona("classicOnlyManager");
    const fabrikam = await accountIdFromStart(victor);
    const fabrikamContracts = await contractIdsOn(victor, fabrikam);
    // HY-1: a classic-only account has no User Management, so its URLs are not found even to its own manager.
    for (const view of ["users", "products", "admins"]) {
      const url = `/accounts/${fabrikam}/${view}`;
      const own = await victor.request.get(url);
      expect.soft(own.status(), `${url} as Fabrikam's manager`).toBe(404);
    }
    // UM-7: the views Fabrikam does have (Classic User Management) are not found to another account's admin.
    const urls = [`/accounts/${fabrikam}`, `/accounts/${fabrikam}/contracts`, ...fabrikamContracts.map((id) => `/accounts/${fabrikam}/contracts/${id}`)];
    for (const url of urls) {
      expect.soft((await victor.request.get(url)).status(), `${url} as Fabrikam's manager`).toBe(200);
      const response = await page.request.get(url);
      const body = await response.text();
      expect.soft({ url, status: response.status(), showsName: body.includes(demoAccounts.classicOnly) }).toEqual({ url, status: 404, showsName: false });
    }
  });

  test("UM-7 a person from another account finds nothing of Northwind through the UI", async ({ page, asPersona }) => {
    const nw = await northwindIds(await asPersona("primaryAdmin"));
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toContainText(demoAccounts.namedOnly);
    await expect(nav).not.toContainText("Northwind");
    // One account: no switcher; were there one, Northwind would not be among its options.
    const switcher = nav.getByLabel("Account");
    if ((await switcher.count()) > 0) await expect(switcher.locator("option", { hasText: "Northwind" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: demoHubName })).toHaveCount(0);

    // By User: Contoso's users only; searching for a Northwind person finds nobody.
    await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
    await expect(page.getByRole("table")).not.toContainText("@northwind.example");
    await page.getByLabel("Name or email").fill(personas.namedUser.email);
    await page.getByLabel("Name or email").press("Enter");
    await expect(page.getByText("No users match this search and these filters.")).toBeVisible();

    // The contracts and the activity log are Contoso's.
    await nav.getByRole("link", { name: "Contracts", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Contracts", exact: true })).toBeVisible();
    await expect(page.getByTestId("contract-row").first()).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(personas.contractManager.email);
    await nav.getByRole("link", { name: "Activity", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Activity", exact: true })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("@northwind.example");

    // A Northwind link someone shared: not found, and the way back leads to Contoso.
    await page.goto(`/accounts/${nw.accountId}/users`);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to your start page" }).click();
    await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
    expect(page.url()).not.toContain(nw.accountId);
  });
});
