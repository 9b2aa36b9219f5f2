import { expect, test } from "./fixtures";
import { accountIdFromStart } from "./support/account-ids";
import { addNamedUser, openNamedUser, removeNamedUser } from "./support/named-users";
import { signInWithEmailLink } from "./support/sign-in";

// UM-5 Decision: an account admin may edit a person's name only while that person has never
// signed in and belongs to no other account; otherwise the name is shown read-only with the
// reason. Adding someone who exists elsewhere changes nothing of theirs. Each test adds the
// people it uses (unique emails) and removes them from the accounts again.
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test.describe("whose is a person's name", () => {
  test.use({ persona: "otherAccountAdmin" });

  test("UM-5 another account's admin adds an existing person: their name stays, and both accounts show it read-only with the reason", async ({ page, asPersona }) => {
    test.slow();
    const priya = await asPersona("primaryAdmin");
    const northwind = await accountIdFromStart(priya);
    const contoso = await accountIdFromStart(page);
    const email = `shared.${stamp()}@name-e2e.test`;
    await addNamedUser(priya, northwind, { first: "Grace", last: "Hopper", email });

    // Contoso's admin adds the same address, typing another name: allowed, and nothing of hers changes.
    await addNamedUser(page, contoso, { first: "Evil", last: "Renamed", email });
    await openNamedUser(page, contoso, email, "Grace Hopper");
    const readOnly = page.getByTestId("name-read-only");
    await expect(readOnly).toContainText("Grace Hopper");
    await expect(readOnly).toContainText("also belongs to another account");
    await expect(readOnly).toContainText("(UM-5)");
    await expect(page.getByRole("form", { name: "Edit name" })).toHaveCount(0);
    const line = page.getByTestId("access-explained").getByRole("region", { name: "Their name" }).getByRole("listitem");
    await expect(line).toContainText("Their name is their own: read-only here");
    await expect(line).toContainText("UM-5");

    // Northwind shows her name as it was, read-only now too.
    await openNamedUser(priya, northwind, email, "Grace Hopper");
    await expect(priya.getByTestId("name-read-only")).toContainText("(UM-5)");

    await removeNamedUser(page, contoso, email, "Grace Hopper");
    await removeNamedUser(priya, northwind, email, "Grace Hopper");
  });

  test("UM-5 a new person's name is editable until they sign in for the first time", async ({ page, visitor }) => {
    test.slow();
    const contoso = await accountIdFromStart(page);
    const email = `newcomer.${stamp()}@name-e2e.test`;
    await addNamedUser(page, contoso, { first: "Ada", last: "Byron", email });
    await openNamedUser(page, contoso, email, "Ada Byron");
    const form = page.getByRole("form", { name: "Edit name" });
    await form.getByLabel("First name").fill("Augusta");
    await form.getByLabel("Last name").fill("King");
    await form.getByRole("button", { name: "Save name" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByRole("heading", { level: 1, name: "Augusta King" })).toBeVisible();

    // She signs in (the sign-in is recorded): from then on the name is hers.
    await signInWithEmailLink(visitor, email);
    await page.reload();
    await expect(page.getByTestId("name-read-only")).toContainText("has signed in");
    await expect(page.getByRole("form", { name: "Edit name" })).toHaveCount(0);
    await removeNamedUser(page, contoso, email, "Augusta King");
  });
});
