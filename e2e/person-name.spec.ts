import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountIdFromStart } from "./support/account-ids";
import { signInWithEmailLink } from "./support/sign-in";

// UM-5 Decision: an account admin may edit a person's name only while that person has never
// signed in and belongs to no other account; otherwise the name is shown read-only with the
// reason. Adding someone who exists elsewhere changes nothing of theirs. Each test adds the
// people it uses (unique emails) and removes them from the accounts again.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function addUser(page: Page, accountId: string, u: { first: string; last: string; email: string }) {
  await page.goto(`/accounts/${accountId}/users`);
  await page.getByText("Add a user", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("First name").fill(u.first);
  await form.getByLabel("Last name").fill(u.last);
  await form.getByLabel("Email").fill(u.email);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${u.email}`);
}

/** Opens the person's page from By User (searched by email); returns nothing, leaves the page there. */
async function openPerson(page: Page, accountId: string, email: string, name: string) {
  await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(email)}`);
  await page.getByTestId("named-users-table").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function removePerson(page: Page, accountId: string, email: string, name: string) {
  await openPerson(page, accountId, email, name);
  await page.getByRole("button", { name: "Remove from the account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/users$`));
}

test.describe("whose is a person's name", () => {
  test.use({ persona: "otherAccountAdmin" });

  test("UM-5 another account's admin adds an existing person: their name stays, and both accounts show it read-only with the reason", async ({ page, asPersona }) => {
    test.slow();
    const priya = await asPersona("primaryAdmin");
    const northwind = await accountIdFromStart(priya);
    const contoso = await accountIdFromStart(page);
    const email = `shared.${stamp()}@name-e2e.test`;
    await addUser(priya, northwind, { first: "Grace", last: "Hopper", email });

    // Contoso's admin adds the same address, typing another name: allowed, and nothing of hers changes.
    await addUser(page, contoso, { first: "Evil", last: "Renamed", email });
    await openPerson(page, contoso, email, "Grace Hopper");
    const readOnly = page.getByTestId("name-read-only");
    await expect(readOnly).toContainText("Grace Hopper");
    await expect(readOnly).toContainText("also belongs to another account");
    await expect(readOnly).toContainText("(UM-5)");
    await expect(page.getByRole("form", { name: "Edit name" })).toHaveCount(0);
    const line = page.getByTestId("access-explained").getByRole("region", { name: "Their name" }).getByRole("listitem");
    await expect(line).toContainText("Their name is their own: read-only here");
    await expect(line).toContainText("UM-5");

    // Northwind shows her name as it was, read-only now too.
    await openPerson(priya, northwind, email, "Grace Hopper");
    await expect(priya.getByTestId("name-read-only")).toContainText("(UM-5)");

    await removePerson(page, contoso, email, "Grace Hopper");
    await removePerson(priya, northwind, email, "Grace Hopper");
  });

  test("UM-5 a new person's name is editable until they sign in for the first time", async ({ page, browser }) => {
    test.slow();
    const contoso = await accountIdFromStart(page);
    const email = `newcomer.${stamp()}@name-e2e.test`;
    await addUser(page, contoso, { first: "Ada", last: "Byron", email });
    await openPerson(page, contoso, email, "Ada Byron");
    const form = page.getByRole("form", { name: "Edit name" });
    await form.getByLabel("First name").fill("Augusta");
    await form.getByLabel("Last name").fill("King");
    await form.getByRole("button", { name: "Save name" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByRole("heading", { level: 1, name: "Augusta King" })).toBeVisible();

    // She signs in (the sign-in is recorded): from then on the name is hers.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      await signInWithEmailLink(await context.newPage(), email);
    } finally {
      await context.close();
    }
    await page.reload();
    await expect(page.getByTestId("name-read-only")).toContainText("has signed in");
    await expect(page.getByRole("form", { name: "Edit name" })).toHaveCount(0);
    await removePerson(page, contoso, email, "Augusta King");
  });
});
