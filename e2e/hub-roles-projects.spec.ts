import { expect, test } from "./fixtures";
import { createHub, unique } from "./support/hubs";
import { chooseRole, rowMenu } from "./support/console";
import { personas } from "./support/personas";
import { hubIdOn } from "./support/account-ids";
import { demoHubName } from "../lib/demo/personas";

// LP-4 end to end, on a hub of its own so the demo hub's roles stay as seeded: Zoe (a Project
// Contributor in the demo hub) is invited to a Closed project here, then made a Hub Member.

test.describe("a Project Contributor made Hub Member", () => {
  test.use({ persona: "primaryAdmin" });

  test("LP-4 HB-5 LP-2 HB-8 a hub administrator turns a Project Contributor into a Hub Member on the members page, and on their very next request the projects list shows the Open project; deactivated, their open project page's next action and request are refused", async ({ page, asPersona }) => {
    // A journey of several people and pages: three times the default budget on a shared 2-core machine.
    test.slow();
    const hubName = unique("Roles hub");
    const hubId = await createHub(page, hubName);
    for (const [name, kind] of [
      ["E2E LP-4 Open", "open"],
      ["E2E LP-4 Closed", "closed"],
    ] as const) {
      await page.goto(`/hubs/${hubId}`);
      await page.getByRole("button", { name: "Create a project" }).click();
      await page.getByLabel("Project name").fill(name);
      await page.getByTestId("create-project").getByLabel("Kind").selectOption(kind);
      await page.getByRole("button", { name: "Create project" }).click();
      await expect(page.getByRole("heading", { name })).toBeVisible();
    }

    // HB-5: someone outside the hub invited to a project joins as a Project Contributor.
    const zoeEmail = personas.projectContributor.email;
    await page.goto(`/hubs/${hubId}/invitations`);
    await page.getByRole("button", { name: "Invite to a project" }).click();
    await page.getByRole("combobox", { name: "Project", exact: true }).selectOption({ label: "E2E LP-4 Closed (Closed)" });
    await page.getByLabel("Email address", { exact: true }).fill(zoeEmail);
    await page.getByRole("combobox", { name: "Project role", exact: true }).selectOption("editor");
    await page.getByRole("button", { name: "Invite to project" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Invited ${zoeEmail}` })).toBeVisible();

    const zoe = await asPersona("projectContributor");
    await zoe.goto("/invitations");
    await zoe.getByRole("button", { name: `Accept the invitation to E2E LP-4 Closed (${hubName})` }).click();
    await expect(zoe).toHaveURL(new RegExp(`/hubs/${hubId}$`));
    const zoeList = zoe.getByTestId("projects-table");
    await expect(zoeList.getByRole("link", { name: "E2E LP-4 Closed", exact: true })).toBeVisible();
    // LP-2: as a Project Contributor, no Open project.
    await expect(zoeList.getByRole("link", { name: "E2E LP-4 Open", exact: true })).toHaveCount(0);

    // LP-4: the hub administrator changes her into a Hub Member.
    await page.goto(`/hubs/${hubId}/members`);
    const row = page.getByTestId(`member-${zoeEmail}`);
    await expect(row).toContainText("Project Contributor");
    await chooseRole(row, "Hub Member");
    // The row's selector shows the new role once the change is committed.
    await expect(row.getByRole("combobox")).toHaveText("Hub Member");

    // Her very next request shows what a Hub Member sees: the Open project, and she can open it.
    await zoe.reload();
    await expect(zoeList.getByRole("link", { name: "E2E LP-4 Open", exact: true })).toBeVisible();
    await zoeList.getByRole("link", { name: "E2E LP-4 Open", exact: true }).click();
    await expect(zoe.getByRole("heading", { name: "Content" })).toBeVisible();

    // HB-8: with her Closed project's page open, she is deactivated; her next action and her next request are refused.
    await zoe.goto(`/hubs/${hubId}`);
    await zoeList.getByRole("link", { name: "E2E LP-4 Closed", exact: true }).click();
    await expect(zoe.getByText("your role: Editor")).toBeVisible();
    await zoe.getByLabel("Name", { exact: true }).fill("after-deactivation.txt");
    await page.goto(`/hubs/${hubId}/members?q=${encodeURIComponent(zoeEmail)}`);
    await (await rowMenu(row, "Deactivate")).getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
    await zoe.getByRole("button", { name: "Create", exact: true }).click();
    await expect(zoe.getByRole("alert").filter({ hasText: "(HB-8)" })).toBeVisible();
    await zoe.reload();
    await expect(zoe.getByRole("alert").filter({ hasText: "You can" })).toContainText("(HB-8)");
    await expect(zoe.getByTestId("project-item").filter({ hasText: "after-deactivation.txt" })).toHaveCount(0);
  });
});

test.describe("inviting by email from a project page", () => {
  test.use({ persona: "hubMember" });

  test("PR-3 HB-5 an Editor invites by email from the project page with a role no higher than their own", async ({ page }) => {
    await page.goto("/");
    const hubId = await hubIdOn(page, demoHubName);
    await page.goto(`/hubs/${hubId}`);
    await page.getByTestId("projects-table").getByRole("link", { name: "Gearbox Redesign", exact: true }).click();
    // The page header's primary action opens the invitation in a dialog.
    await page.getByRole("button", { name: "Invite by email" }).click();
    const section = page.getByRole("dialog", { name: "Invite by email" });
    await expect(section).toContainText("(PR-3)");
    const roles = section.getByRole("combobox", { name: "Project role" });
    await expect(roles.locator("option")).toHaveText(["Editor", "Viewer"]);
    const email = `${unique("pr3")}@guest.example`;
    await section.getByLabel("Email address", { exact: true }).fill(email);
    await roles.selectOption("editor");
    await section.getByRole("button", { name: "Invite by email" }).click();
    await expect(section.getByRole("status")).toHaveText(`Invited ${email}: the email is on its way.`);
  });
});
