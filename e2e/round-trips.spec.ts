import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ROUND_TRIP_BUDGETS, type BudgetedPage } from "./support/round-trip-budgets";
import { accountIdFromUrl } from "./support/sign-in";

// One request per page (no browser: prefetches would be counted too), with the probe header
// the server counts under (lib/pages/round-trips.ts); then the count it kept for that header.
async function roundTrips(request: APIRequestContext, path: string, expectText: string): Promise<number> {
  const id = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const page = await request.get(path, { headers: { "x-round-trip-probe": id }, maxRedirects: 0 });
  expect(page.status(), path).toBe(200);
  expect(await page.text()).toContain(expectText);
  // The count is kept once the response is done (after()); poll briefly for it.
  let answer = await request.get(`/api/dev/round-trips?id=${id}`);
  for (let i = 0; i < 20 && answer.status() === 404; i++) answer = await request.get(`/api/dev/round-trips?id=${id}`);
  expect(answer.status(), `no round-trip count for ${path}`).toBe(200);
  return ((await answer.json()) as { roundTrips: number }).roundTrips;
}

const withinBudget = async (request: APIRequestContext, name: BudgetedPage, path: string, text: string) => {
  const n = await roundTrips(request, path, text);
  console.log(`round trips: ${name} ${n} (budget ${ROUND_TRIP_BUDGETS[name]})`);
  expect({ page: name, roundTrips: n <= ROUND_TRIP_BUDGETS[name] ? "within budget" : n }).toEqual({ page: name, roundTrips: "within budget" });
};

test.describe("database round trips per page", () => {
  test.use({ persona: "primaryAdmin" });

  test("UM-7 account pages stay within their round-trip budgets (docs/architecture.md table)", async ({ page }) => {
    await page.goto("/");
    const accountId = accountIdFromUrl(page.url());
    const base = `/accounts/${accountId}`;
    const r = page.request;
    await withinBudget(r, "By User", `${base}/users`, "By User");
    await withinBudget(r, "By User search", `${base}/users?q=chen`, "marcus.chen@northwind.example");
    await page.goto(`${base}/users?q=marcus.chen`);
    const person = await page.getByRole("table").getByRole("link", { name: "Marcus Chen", exact: true }).getAttribute("href");
    await withinBudget(r, "a named user", person!, "Access explained");
    await withinBudget(r, "By Product", `${base}/products`, "By Product");
    await page.goto(`${base}/products`);
    const product = await page.getByRole("table", { name: "Seats per product" }).getByRole("link").first().getAttribute("href");
    await withinBudget(r, "a product", product!, "Assigned users");
    await withinBudget(r, "Admins", `${base}/admins`, "Admins");
    await withinBudget(r, "Sign-in (SSO)", `${base}/sso`, "Email domains");
    await withinBudget(r, "Contracts", `${base}/contracts`, "Contracts");
    await page.goto(`${base}/contracts`);
    const contract = await page.getByTestId("contract-row").first().getByRole("link").first().getAttribute("href");
    await withinBudget(r, "a contract", contract!, "Contract");
    await withinBudget(r, "Activity", `${base}/activity`, "Activity");
    await withinBudget(r, "Permission matrix", "/permissions", "Permission matrix");
  });
});

test.describe("database round trips on a hub page", () => {
  test.use({ persona: "hubAdmin" });

  test("HB-9 the hub page stays within its round-trip budget", async ({ page }) => {
    await page.goto("/");
    const hub = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Northwind Product Design" });
    const href = await hub.getAttribute("href");
    await withinBudget(page.request, "a hub", href!, "Projects");
  });

  // Hub projects (issue 10): the project page as its administrator, every section shown.
  test("PR-1 PR-2 a project page stays within its round-trip budget", async ({ page }) => {
    await page.goto("/");
    const hub = await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Northwind Product Design" }).getAttribute("href");
    await page.goto(hub!);
    const project = await page.getByTestId("projects-table").getByRole("link", { name: "Spare Parts Library", exact: true }).getAttribute("href");
    await withinBudget(page.request, "a project", project!, "Members");
  });
});

// hubs (issue 9): the hub administration pages, as the demo hub's administrator.
test.describe("database round trips on the hub administration pages", () => {
  test.use({ persona: "hubAdmin" });

  test("HB-3 AU-2 the hub administration pages stay within their round-trip budgets", async ({ page }) => {
    await page.goto("/");
    const hub = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Northwind Product Design" });
    const href = (await hub.getAttribute("href"))!;
    const r = page.request;
    await withinBudget(r, "My hubs", "/hubs", "Hubs I belong to");
    await withinBudget(r, "hub members", `${href}/members`, "Members");
    await withinBudget(r, "hub invitations", `${href}/invitations`, "Sent invitations");
    await withinBudget(r, "hub settings", `${href}/settings`, "Join domains");
    await withinBudget(r, "hub activity", `${href}/activity`, "Activity");
  });
});

// Classic User Management (issue 8)
test.describe("database round trips on Classic User Management pages", () => {
  test.use({ persona: "contractManager" });

  test("CL-3 AU-2 HY-2 a classic contract, its activity, a person across both views and the mismatch report stay within their budgets", async ({ page }) => {
    await page.goto("/");
    const accountId = accountIdFromUrl(page.url());
    const base = `/accounts/${accountId}`;
    await page.goto(`${base}/contracts`);
    const contract = await page.getByRole("region", { name: /Classic contracts/ }).getByTestId("contract-row").first().getByRole("link").first().getAttribute("href");
    await withinBudget(page.request, "a classic contract as its manager", `${contract}/users`, "Classic users");
    await withinBudget(page.request, "a contract's activity", `${contract}/activity`, "Contract activity");
    const person = await page.getByTestId("classic-across").getByRole("link", { name: "Omar Haddad" }).first().getAttribute("href");
    await withinBudget(page.request, "a person across both views", person!, "Classic User Management");
    await withinBudget(page.request, "Mismatches", `${base}/mismatches`, "Mismatches");
  });
});
