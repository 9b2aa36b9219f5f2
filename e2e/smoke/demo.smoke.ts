import { expect, test } from "@playwright/test";
import { personas } from "../support/personas";
import { signInWithPassword } from "../support/sign-in";

// What a newcomer does after `npm run start:demo`: sign in with the demo password as the
// primary admin and land on the By User page of the demo account, with its users listed.
test("the demo starts on the embedded database and its primary admin signs in to By User", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("Demo sign-in is on")).toBeVisible();

  await signInWithPassword(page, personas.primaryAdmin.email);
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/users/);
  await expect(page.getByRole("heading", { name: "By User", exact: true })).toBeVisible();
  const rows = page.getByRole("table").first().getByRole("row").filter({ hasText: "@" });
  await expect(rows.filter({ hasText: personas.primaryAdmin.email })).toHaveCount(1);
  expect(await rows.count()).toBeGreaterThan(1);
});
