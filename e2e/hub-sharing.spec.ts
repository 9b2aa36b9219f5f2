import { expect, test } from "./fixtures";
import { shareItem } from "./support/console";
import { createHub, setSharing, unique } from "./support/hubs";

// HB-3 sharing capability, end to end, on a hub of its own so the demo hub's links stay as seeded.

test.describe("hub sharing", () => {
  test.use({ persona: "primaryAdmin" });

  test("HB-3 HB-6 a hub administrator turns sharing off in the hub settings: a share link opened without sign-in says it is no longer shared, and turning sharing on again does not bring it back", async ({ page, visitor }) => {
    // A journey of several people and pages: three times the default budget on a shared 2-core machine.
    test.slow();
    const hubId = await createHub(page, unique("Sharing hub"));
    await page.goto(`/hubs/${hubId}`);
    await page.getByRole("button", { name: "Create a project" }).click();
    await page.getByLabel("Project name").fill("E2E Shared project");
    await page.getByTestId("create-project").getByLabel("Kind").selectOption("folder");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { name: "E2E Shared project" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill("Layout drawings");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page.getByTestId("project-item").filter({ hasText: "Layout drawings" })).toBeVisible();

    const url = await shareItem(page, "Layout drawings");
    expect((await visitor.goto(new URL(url).pathname))?.status()).toBe(200);
    await expect(visitor.getByTestId("shared-item")).toHaveText("Layout drawings");

    await page.goto(`/hubs/${hubId}/settings`);
    await setSharing(page, false);
    // A dead link answers 404 with its readable page (issue 14), at both addresses.
    expect((await visitor.reload())?.status()).toBe(404);
    await expect(visitor.getByText("This item is no longer shared.")).toBeVisible();
    await expect(visitor.getByTestId("shared-item")).toHaveCount(0);
    expect((await visitor.goto(new URL(url).pathname.replace("/share/", "/s/")))?.status()).toBe(404);
    await expect(visitor.getByText("This item is no longer shared.")).toBeVisible();
    await visitor.goto(new URL(url).pathname);

    // Decision (HB-3): turning it off disabled the link for good.
    await setSharing(page, true);
    await visitor.reload();
    await expect(visitor.getByText("This item is no longer shared.")).toBeVisible();
  });
});
