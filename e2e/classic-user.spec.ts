import { expect, test } from "./fixtures";
import { accountIdFromStart, contractIdsOn } from "./support/account-ids";

// A person who is only a classic user of a contract (no admin, contract manager, coordinator
// or hub role) has no Classic User Management: its list is refused with the rule (the account
// is theirs, so its existence is no secret) and every contract is "not found".
test.describe("a classic user with no admin role", () => {
  test.use({ persona: "classicUser" });

  test("UM-7 CL-8 a classic user opening Classic User Management or one of its contracts is refused, its contracts are not found, and no navigation leads there", async ({ page, asPersona }) => {
    const admin = await asPersona("primaryAdmin");
    const accountId = await accountIdFromStart(admin);
    const [contractId] = await contractIdsOn(admin, accountId);

    await page.goto(`/accounts/${accountId}/contracts`);
    await expect(page.getByText("You can't open this page.")).toBeVisible();
    await expect(page.getByText(/\(UM-7\)/)).toBeVisible();
    await expect(page.getByTestId("contract-row")).toHaveCount(0);

    const response = await page.goto(`/accounts/${accountId}/contracts/${contractId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.goto("/permissions");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classic User Management" })).toHaveCount(0);
  });
});
