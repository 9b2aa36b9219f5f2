import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { personas } from "./support/personas";

test.describe("the account's activity log", () => {
  test.use({ persona: "primaryAdmin" });

  test("AU-2 the primary admin filters the activity log and exports it as CSV", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Activity", exact: true })).toBeVisible();
    const table = page.getByRole("table", { name: "Activity, newest first" });
    await expect(table).toBeVisible();

    const marcus = personas.secondaryAdmin.email;
    await page.getByLabel("What").selectOption("account.secondary_admin_granted");
    await page.getByLabel("Target").fill(marcus);
    await page.getByLabel("Who (name or email)").fill(personas.primaryAdmin.email);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=account\.secondary_admin_granted/);
    await expect(page).toHaveURL(/target=marcus/);

    const rows = table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
    await expect(rows.first()).toContainText("Secondary admin added");
    const shown = await rows.count();
    expect(shown).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < shown; i++) {
      await expect(rows.nth(i)).toContainText(marcus);
      await expect(rows.nth(i)).toContainText("Priya Raman");
    }
    // The filters survive a reload: the URL holds them.
    await page.reload();
    await expect(page.getByLabel("Target")).toHaveValue(marcus);
    await expect(page.getByLabel("What")).toHaveValue("account.secondary_admin_granted");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV (filtered)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Time (UTC),Actor,Actor email,Action,Action key,Target type,Target,Target id,Before,After,Side effects");
    expect(lines).toHaveLength(shown + 1);
    for (const line of lines.slice(1)) {
      expect(line).toContain(marcus);
      expect(line).toContain("account.secondary_admin_granted");
    }
  });

  test("AU-2 a named user without an admin role cannot open the account's activity", async ({ page, asPersona }) => {
    await page.goto("/");
    const accountId = /\/accounts\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    const tom = await asPersona("namedUser");
    await tom.goto(`/accounts/${accountId}/activity`);
    await expect(tom.getByRole("alert").filter({ hasText: "You can't open this page." })).toContainText("(AU-2)");
    const api = await tom.request.get(`/api/accounts/${accountId}/activity/export`);
    expect(api.status()).toBe(403);
  });
});
