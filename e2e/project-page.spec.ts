import { demoHubName } from "../lib/demo/personas";
import { expect, test } from "./fixtures";
import { hubIdOn } from "./support/account-ids";

// Issue 15: a project page reads as a console; its member list fits one screen at 1366 × 900.

test.describe("the project page", () => {
  test.use({ persona: "hubAdmin", viewport: { width: 1366, height: 900 } });

  test("PR-1 PR-3 each demo project's member table fits one screen at 1366 × 900, with breadcrumbs up to the hub", async ({ page }) => {
    test.slow();
    await page.goto("/hubs");
    await page.goto(`/hubs/${await hubIdOn(page, demoHubName)}`);
    const links = page.getByTestId("projects-table").getByRole("link");
    const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).filter((h): h is string => Boolean(h));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      await page.goto(href);
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      await expect(crumbs.getByRole("link", { name: "Projects" })).toBeVisible();
      const members = page.getByRole("region", { name: "Project members" });
      if ((await members.count()) === 0) continue;
      const box = (await members.boundingBox())!;
      console.log(`${href}: ${await page.getByRole("heading", { level: 1 }).textContent()} member table ${Math.round(box.height)} px`);
      expect(box.height).toBeLessThanOrEqual(900);
    }
  });
});
