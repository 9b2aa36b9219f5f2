import { expect, test } from "./fixtures";
import { accountIdFromUrl } from "./support/sign-in";
import { removeNamedUser } from "./support/named-users";

// Issue 14, defect 6: a column the import does not recognise is never dropped silently.
// The users it adds are removed again, so the demo world is left as it was.
test.use({ persona: "primaryAdmin" });

const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function openImport(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "By User", exact: true }).click();
  await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import CSV", exact: true }).click();
  return accountIdFromUrl(page.url());
}

test("UM-5 a file whose only product column is unrecognised (Produkte) is refused naming it; nothing is imported", async ({ page }) => {
  const tag = stamp();
  const accountId = await openImport(page);
  const csv = ["Vorname,Nachname,Email,Produkte", `Anna,Eins${tag},anna.${tag}@e2e-columns.test,ACD`, `Ben,Zwei${tag},ben.${tag}@e2e-columns.test,INV`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Import report" })).toContainText("does not recognise the column “Produkte” and the file has no products column");
  await page.goto(`/accounts/${accountId}/users?q=${encodeURIComponent(`${tag}@e2e-columns.test`)}`);
  await expect(page.getByText("No users match this search and these filters.")).toBeVisible();
});

test("UM-5 a column the import does not recognise is listed first, and the users are imported only once the admin agrees to leave it out", async ({ page }) => {
  const tag = stamp();
  const accountId = await openImport(page);
  const people = [
    { first: "Cem", last: `Drei${tag}`, email: `cem.${tag}@e2e-columns.test` },
    { first: "Dora", last: `Vier${tag}`, email: `dora.${tag}@e2e-columns.test` },
  ];
  const csv = ["First name,Last name,Email,Products,Kostenstelle", ...people.map((p, i) => `${p.first},${p.last},${p.email},,47${i}`)].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const question = page.getByRole("group", { name: "Columns the import will ignore" });
  await expect(question).toContainText("The import does not recognise the column “Kostenstelle”: it will be ignored. Import 2 users without it?");
  await expect(page.getByRole("status", { name: "Import report" })).toHaveCount(0);
  await question.getByRole("button", { name: "Import without this column" }).click();
  await expect(page.getByRole("status", { name: "Import report" })).toContainText("Imported 2 users");
  for (const p of people) await removeNamedUser(page, accountId, p.email, `${p.first} ${p.last}`);
});
