import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demoHubName } from "../lib/demo/personas";
import { buildPermissionMatrix } from "../lib/permissions/matrix";
import { expect, test, type PersonaKey } from "./fixtures";
import { accountIdFromStart, contractIdsOn, hubIdOn, productIdOn } from "./support/account-ids";
import { classicContractHref, namedUserHref, personAcrossViewsHref, projectHref } from "./support/pages";

// Every page, for the persona who sees most of it: axe finds no serious or critical
// violation, and at phone width (390 px) the page does not scroll sideways (wide tables
// scroll inside their own box). Ids are read from the pages, as a person would (the lookups
// are shared with e2e/support/pages.ts, the list of every page that hostile-query.spec.ts uses).

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };

async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    // Experimental in axe, so off by default: the visible words of a control must be part of its name.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `${what}: axe serious/critical violations`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, url: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(url);
  const found = await page.evaluate(() => {
    const width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (width <= window.innerWidth) return { width, viewport: window.innerWidth, wide: [] };
    // What sticks out of the viewport outside any box that scrolls or clips it: named in the failure.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute("class") ?? "").slice(0, 60)} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { width, viewport: window.innerWidth, wide };
  });
  expect(found.viewport, url).toBe(PHONE.width);
  expect({ width: found.width, wide: found.width > PHONE.width ? found.wide : [] }, `${url}: page width at ${PHONE.width} px`).toEqual({ width: PHONE.width, wide: [] });
}

/** Both checks for one page: axe at desktop width, then the phone-width layout. */
async function checkPage(page: Page, url: string): Promise<void> {
  // axe reads every node's colours and roles: seconds per page on a busy 2-core machine.
  test.slow();
  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  await expectAccessible(page, url);
  await expectNoSidewaysScroll(page, url);
}

type PageCase = { name: string; persona: PersonaKey; url: (page: Page) => Promise<string> };
const home = (page: Page) => accountIdFromStart(page);
const hybridPages: PageCase[] = [
  { name: "By User", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/users` },
  { name: "a named user", persona: "primaryAdmin", url: namedUserHref },
  { name: "By Product", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/products` },
  {
    name: "a product's users",
    persona: "primaryAdmin",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/products/${await productIdOn(p, account, "AutoCAD")}`;
    },
  },
  { name: "admins", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/admins` },
  { name: "sign-in (SSO) settings", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/sso` },
  { name: "contracts", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/contracts` },
  {
    name: "a classic contract",
    persona: "contractManager",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/contracts/${(await contractIdsOn(p, account))[0]}`;
    },
  },
  // Classic User Management (issue 8)
  {
    name: "a classic contract's activity",
    persona: "contractManager",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/contracts/${(await contractIdsOn(p, account))[0]}/activity`;
    },
  },
  {
    name: "a classic contract as its coordinator",
    persona: "softwareCoordinator",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/contracts/${(await contractIdsOn(p, account))[0]}`;
    },
  },
  { name: "a classic contract's move dry run", persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/move-preview` },
  // The contract's tabs (issue 15)
  { name: "a classic contract's users tab", persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/users` },
  { name: "a classic contract's billing and renewal tab", persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/billing` },
  { name: "a classic contract's roles tab", persona: "contractManager", url: async (p) => `${await classicContractHref(p)}/roles` },
  {
    name: "a classic contract's users tab as its coordinator",
    persona: "softwareCoordinator",
    url: async (p) => {
      const account = await home(p);
      return `/accounts/${account}/contracts/${(await contractIdsOn(p, account))[0]}/users`;
    },
  },
  { name: "the mismatch report", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/mismatches` },
  { name: "a person across both views", persona: "primaryAdmin", url: personAcrossViewsHref },
  { name: "activity", persona: "primaryAdmin", url: async (p) => `/accounts/${await home(p)}/activity` },
  {
    name: "a hub",
    persona: "hubAdmin",
    url: async (p) => {
      await p.goto("/");
      return `/hubs/${await hubIdOn(p, demoHubName)}`;
    },
  },
  // Hub projects (issue 10)
  { name: "a project administered by the person", persona: "hubAdmin", url: (p) => projectHref(p, "Supplier Tooling") },
  { name: "the hub projects access table", persona: "hubMember", url: async () => "/permissions?area=hubProjectsTable" },
  { name: "the development mailbox", persona: "primaryAdmin", url: async () => "/dev/mailbox" },
  { name: "a page that is not found", persona: "primaryAdmin", url: async () => "/accounts/00000000-0000-4000-8000-000000000000/users" },
];

// hubs (issue 9): the hub administration pages and the invitee's pages.
const demoHub = async (p: Page) => {
  await p.goto("/");
  return `/hubs/${await hubIdOn(p, demoHubName)}`;
};
const hubPages: PageCase[] = [
  { name: "my hubs", persona: "primaryAdmin", url: async () => "/hubs" },
  { name: "hub members", persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/members` },
  { name: "hub invitations", persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/invitations` },
  { name: "hub settings", persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/settings` },
  { name: "hub activity", persona: "hubAdmin", url: async (p) => `${await demoHub(p)}/activity` },
  { name: "my invitations", persona: "hubMember", url: async () => "/invitations" },
  { name: "an invitation link that is not valid", persona: "hubMember", url: async () => "/invite/not-a-token" },
];
hybridPages.push(...hubPages);

test.describe("accessibility and phone width", () => {
  for (const c of hybridPages) {
    test.describe(`${c.name} as ${c.persona}`, () => {
      test.use({ persona: c.persona });
      test(`${c.name}: no serious or critical axe violation, no sideways scroll at 390 px`, async ({ page }) => {
        await checkPage(page, await c.url(page));
      });
    });
  }

  test.describe("the permission matrix", () => {
    test.use({ persona: "primaryAdmin" });
    for (const g of buildPermissionMatrix().groups) {
      test(`the permission matrix's ${g.label} area: no serious or critical axe violation, no sideways scroll at 390 px`, async ({ page }) => {
        await checkPage(page, `/permissions?area=${g.group}`);
      });
    }
  });

  test.describe("signed out", () => {
    test("the sign-in pages: no serious or critical axe violation, no sideways scroll at 390 px", async ({ page }) => {
      await checkPage(page, "/sign-in");
      await checkPage(page, "/sign-in/check-email");
    });
  });
});

test.describe("the navigation at phone width", () => {
  test.use({ persona: "primaryAdmin", viewport: PHONE });

  test("folds behind a menu button that opens with focus on its first link and closes with Escape", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(panel.locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    // Following a link closes the menu.
    await menu.click();
    await nav.getByRole("link", { name: "By Product", exact: true }).click();
    await expect(page.getByRole("heading", { name: "By Product", exact: true })).toBeVisible();
    await expect(nav).toBeHidden();
  });

  test("at desktop width the navigation is always shown and there is no menu button", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  });
});
