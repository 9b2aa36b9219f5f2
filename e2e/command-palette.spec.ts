import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue 15, "search everywhere": the command palette (components/shell/command-palette.tsx)
// over GET /api/search (lib/search), opened with Ctrl-K or the top bar's button.

/** Console errors the page logs, CSP refusals above all (cmdk must not need an inline style the CSP blocks). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function noSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, what).toEqual([]);
}

const palette = (page: Page) => page.getByRole("dialog", { name: "Search everywhere" });
const searchButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Search", exact: true });

/** Opens the palette once the page has hydrated (a key or click before the listeners exist does nothing). */
async function openPalette(page: Page, how: "keyboard" | "button"): Promise<void> {
  await expect(async () => {
    if (!(await palette(page).isVisible())) await (how === "keyboard" ? page.keyboard.press("Control+k") : searchButton(page).click());
    await expect(palette(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test.describe("command palette as the primary admin", () => {
  test.use({ persona: "primaryAdmin" });

  test("UM-7 Ctrl-K opens the palette, typing finds a named user, Enter lands on their page; no CSP refusal in the console", async ({ page }) => {
    test.slow();
    const errors = watchConsole(page);
    await page.goto("/");
    await expect(searchButton(page)).toBeVisible();
    await openPalette(page, "keyboard");
    const input = palette(page).getByRole("combobox");
    await expect(input).toBeFocused();
    await input.fill("tom.fischer");
    const option = palette(page).getByRole("option", { name: /Tom Fischer.*Named user/ });
    await expect(option).toBeVisible();
    await expect(palette(page).getByRole("group", { name: "People" })).toBeVisible();
    await noSeriousViolations(page, "the palette open with results");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/users\/[0-9a-f-]{36}$/);
    await expect(palette(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tom Fischer");
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  test("Escape closes the palette and returns the focus to the search button; an empty search says so", async ({ page }) => {
    await page.goto("/");
    const button = searchButton(page);
    await openPalette(page, "button");
    const input = palette(page).getByRole("combobox");
    await input.fill("qqzzx");
    await expect(palette(page).getByText("No results for “qqzzx”.")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(palette(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("the palette fits a 390 px screen and passes axe before anything is typed", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await openPalette(page, "button");
    await palette(page).getByRole("combobox").fill("by");
    await expect(palette(page).getByRole("option", { name: /By User/ })).toBeVisible();
    const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
    expect(width).toBeLessThanOrEqual(390);
    await noSeriousViolations(page, "the palette at 390 px");
  });

  test("security: GET /api/search answers a hostile search text with 400, never a 5xx", async ({ page }) => {
    for (const query of ["q=%00", `q=${"x".repeat(101)}`, "q=", "q=%20%20", "q=a%01b", "q=%E2%80%AE"]) {
      const response = await page.request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(400);
    }
    for (const query of ["q=%25", "q=_", "q=%5C", "q=a&q=b", `q=${"'".repeat(100)}`]) {
      const response = await page.request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(200);
    }
  });
});

test("security: a signed-out visitor gets no search results", async ({ visitor }) => {
  const response = await visitor.request.get("/api/search?q=tom", { maxRedirects: 0 });
  expect(response.status()).not.toBe(200);
  expect(response.status()).toBeLessThan(500);
});

test.describe("command palette and Secret projects", () => {
  test("LP-6 a hub member does not find a Secret project they are not in; the hub administrator does", async ({ asPersona }) => {
    const marcus = await asPersona("secondaryAdmin"); // a Hub Member of the demo hub, not in Project Falcon
    await marcus.goto("/hubs");
    await openPalette(marcus, "keyboard");
    await palette(marcus).getByRole("combobox").fill("Falcon");
    await expect(palette(marcus).getByText("No results for “Falcon”.")).toBeVisible();

    const nina = await asPersona("hubAdmin");
    await nina.goto("/hubs");
    await openPalette(nina, "keyboard");
    await palette(nina).getByRole("combobox").fill("Falcon");
    await expect(palette(nina).getByRole("option", { name: /Project Falcon/ })).toBeVisible();
    await nina.keyboard.press("Enter");
    await expect(nina).toHaveURL(/\/hubs\/[0-9a-f-]{36}\/projects\/[0-9a-f-]{36}$/);
  });
});
