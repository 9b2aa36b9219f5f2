import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, type Page } from "@playwright/test";
import { demoHubName, personas, type PersonaKey } from "../../lib/demo/personas";
import { accountIdFromStart, hubIdOn } from "../support/account-ids";
import { classicContractHref, projectHref } from "../support/pages";
import { signInWithPassword } from "../support/sign-in";

const OUT = fileURLToPath(new URL("../../docs/screenshots", import.meta.url));
const WIDTHS = [
  { name: "1366", viewport: { width: 1366, height: 900 } },
  { name: "390", viewport: { width: 390, height: 844 } },
];

type Shot = { file: string; persona: PersonaKey; url: (page: Page) => Promise<string>; open?: (page: Page) => Promise<void> };

const SHOTS: Shot[] = [
  { file: "by-user", persona: "primaryAdmin", url: async (p) => `/accounts/${await accountIdFromStart(p)}/users` },
  { file: "by-product", persona: "primaryAdmin", url: async (p) => `/accounts/${await accountIdFromStart(p)}/products` },
  { file: "contract", persona: "contractManager", url: (p) => classicContractHref(p) },
  { file: "hub-members", persona: "hubAdmin", url: async (p) => `/hubs/${await hubIdOn(p, demoHubName)}/members` },
  {
    file: "hub-member-menu",
    persona: "hubAdmin",
    url: async (p) => `/hubs/${await hubIdOn(p, demoHubName)}/members`,
    open: async (p) => {
      await p.getByRole("button", { name: /^Actions for / }).nth(1).click();
      await p.getByRole("menu").waitFor();
    },
  },
  { file: "project", persona: "hubAdmin", url: (p) => projectHref(p, "Gearbox Redesign") },
];

for (const shot of SHOTS) {
  test(`${shot.file} as ${shot.persona}`, async ({ page }) => {
    await signInWithPassword(page, personas[shot.persona].email);
    const url = await shot.url(page);
    for (const w of WIDTHS) {
      await page.setViewportSize(w.viewport);
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      await shot.open?.(page);
      await page.screenshot({ path: path.join(OUT, `${shot.file}-${w.name}.png`), fullPage: w.name === "1366" && !shot.open });
    }
  });
}
