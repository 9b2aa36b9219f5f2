import { expect, test } from "./fixtures";
import { personas } from "./support/personas";
import { accountIdFromUrl } from "./support/sign-in";

const DANIEL = `${personas.contractManager.firstName} ${personas.contractManager.lastName}`;

test.describe("contracts seen from User Management", () => {
  test.describe("as a secondary admin", () => {
    test.use({ persona: "secondaryAdmin" });

    test("UM-6 a secondary admin cannot manage billing: the contract page names the contract manager", async ({ page }) => {
      await page.goto("/");
      const accountId = accountIdFromUrl(page.url());
      await page.goto(`/accounts/${accountId}/contracts`);
      await expect(page.getByRole("heading", { name: /Named contracts/ })).toBeVisible();
      // UM-7 Decision: classic contracts are not the secondary admins' to see.
      await expect(page.getByRole("heading", { name: /Classic contracts/ })).toHaveCount(0);

      const row = page.getByTestId("contract-row").filter({ hasText: DANIEL }).first();
      await row.getByRole("link").click();
      await expect(page.getByRole("heading", { name: /^Contract / })).toBeVisible();
      const notice = page.getByTestId("billing-notice");
      await expect(notice).toContainText(`Renewal and billing are managed by the contract manager, ${DANIEL} (${personas.contractManager.email}).`);
      await expect(notice).toContainText("(UM-6)");
      await expect(page.getByRole("button", { name: /renew|billing|pay/i })).toHaveCount(0);
    });
  });

  test.describe("as the primary admin", () => {
    test.use({ persona: "primaryAdmin" });

    test("UM-7 the primary admin sees every contract read-only; a classic contract is not found for a secondary admin", async ({ page, asPersona }) => {
      await page.goto("/");
      const accountId = accountIdFromUrl(page.url());
      await page.goto(`/accounts/${accountId}/contracts`);
      await expect(page.getByRole("heading", { name: /Named contracts/ })).toBeVisible();
      const classic = page.getByRole("region", { name: /Classic contracts/ });
      await expect(classic.getByTestId("contract-row")).toHaveCount(3);

      await classic.getByTestId("contract-row").filter({ hasText: DANIEL }).first().getByRole("link").click();
      await expect(page.getByRole("navigation", { name: "Contract" }).getByRole("link", { name: "Users" })).toBeVisible();
      await expect(page.getByTestId("billing-notice")).toContainText(DANIEL);
      const classicUrl = page.url();

      const marcus = await asPersona("secondaryAdmin");
      const response = await marcus.goto(classicUrl);
      expect(response?.status()).toBe(404);
    });
  });
});
