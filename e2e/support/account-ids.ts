import { expect, type Locator, type Page } from "@playwright/test";
import { accountIdFromUrl } from "./sign-in";

// Ids as a person reads them from the pages' URLs and links (no database access from the
// tests), e.g. to send one account's ids as somebody else. Each `page` must be signed in as
// someone who may open the page read.

/** The last path segment of a link's href: the id it opens. */
async function idOf(link: Locator): Promise<string> {
  const href = await link.getAttribute("href");
  const id = href?.split("?")[0]?.split("/").pop();
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) throw new Error(`no id in link ${href}`);
  return id;
}

/** The ids of every contract row the page lists, from its links. */
export async function contractIdsOn(page: Page, accountId: string): Promise<string[]> {
  await page.goto(`/accounts/${accountId}/contracts`);
  const rows = page.getByTestId("contract-row");
  await expect(rows.first()).toBeVisible();
  const links = await rows.getByRole("link").all();
  return [...new Set(await Promise.all(links.map((l) => idOf(l))))];
}

/** A named user's person id, from By User's row link (searched by email). */
export async function personIdOn(page: Page, accountId: string, email: string, name: string): Promise<string> {
  await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(email)}`);
  return idOf(page.getByRole("table").getByRole("link", { name, exact: true }));
}

/** A product's id, from By Product's seats table. */
export async function productIdOn(page: Page, accountId: string, product: string): Promise<string> {
  await page.goto(`/accounts/${accountId}/products`);
  return idOf(page.getByRole("table", { name: "Seats per product" }).getByRole("link", { name: product, exact: true }));
}

/** A hub's id, from the main navigation's hub list. */
export async function hubIdOn(page: Page, hubName: string): Promise<string> {
  return idOf(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: hubName, exact: true }));
}

/** The account id of the page `/` opens for the signed-in person. */
export async function accountIdFromStart(page: Page): Promise<string> {
  await page.goto("/");
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\//);
  return accountIdFromUrl(page.url());
}
