import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chooseProjectRole, shareItem } from "./support/console";
import { demoHubName } from "../lib/demo/personas";
import { hubIdOn } from "./support/account-ids";

// Hub projects (issue 10), journeys by hub role. Each journey uses its own demo projects
// and requests so that they can run in any order against one seeded world.

async function openHub(page: Page): Promise<string> {
  await page.goto("/");
  const hubId = await hubIdOn(page, demoHubName);
  await page.goto(`/hubs/${hubId}`);
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  return hubId;
}

const projectsTable = (page: Page) => page.getByTestId("projects-table");
const projectLink = (page: Page, name: string) => projectsTable(page).getByRole("link", { name, exact: true });

async function projectHref(page: Page, name: string): Promise<string> {
  const href = await projectLink(page, name).getAttribute("href");
  if (!href) throw new Error(`no link to ${name}`);
  return href;
}

test.describe("as a Hub Member", () => {
  test.use({ persona: "hubMember" });

  test("FP-4 LP-5 LP-6 a Hub Member creates a project, asks to join a Closed project, opens an Open one, and a Secret one is not found by URL", async ({ page, asPersona }) => {
    const hubId = await openHub(page);
    // LP-6: the Secret project is not listed; by URL it is not found.
    await expect(projectLink(page, "Project Falcon")).toHaveCount(0);
    const nina = await asPersona("hubAdmin");
    await nina.goto(`/hubs/${hubId}`);
    const falcon = await projectHref(nina, "Project Falcon");
    expect((await page.request.get(falcon)).status()).toBe(404);

    // LP-5: an Open project opens for any Hub Member.
    await page.goto(`/hubs/${hubId}`);
    await projectLink(page, "Plant Layout 2019").click();
    await expect(page.getByRole("heading", { name: "Content" })).toBeVisible();

    // LP-5 PR-2: a Closed project they are not in: ask to join.
    await page.goto(`/hubs/${hubId}?kind=closed`);
    await projectLink(page, "Supplier Tooling").click();
    await expect(page.getByTestId("project-closed")).toContainText("(LP-5)");
    await page.getByRole("button", { name: "Ask to join" }).click();
    await expect(page.getByTestId("join-request-outcome")).toContainText("pending");

    // FP-4: create a project; the creator is its Project Administrator.
    await page.goto(`/hubs/${hubId}`);
    await page.getByRole("button", { name: "Create a project" }).click();
    await page.getByLabel("Project name").fill("E2E Leo Secret");
    await page.getByTestId("create-project").getByLabel("Kind").selectOption("secret");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { name: "E2E Leo Secret" })).toBeVisible();
    await expect(page.getByText("your role: Project Administrator")).toBeVisible();
  });
});

test.describe("as a Project Contributor", () => {
  test.use({ persona: "projectContributor" });

  test("LP-2 FP-2 a Project Contributor sees no Open project anywhere and cannot create projects", async ({ page, asPersona }) => {
    const hubId = await openHub(page);
    await expect(projectLink(page, "Gearbox Redesign")).toBeVisible();
    await expect(projectLink(page, "Plant Layout 2019")).toHaveCount(0);
    await expect(projectLink(page, "Spare Parts Library")).toHaveCount(0);
    await expect(page.getByTestId("create-project")).toHaveCount(0);
    await expect(page.getByText("(FP-2)")).toBeVisible();
    await page.goto(`/hubs/${hubId}?kind=open`);
    await expect(projectsTable(page)).toHaveCount(0);
    const nina = await asPersona("hubAdmin");
    await nina.goto(`/hubs/${hubId}`);
    expect((await page.request.get(await projectHref(nina, "Plant Layout 2019"))).status()).toBe(404);
  });
});

test.describe("as a project administrator", () => {
  test.use({ persona: "hubAdmin" });

  test("PR-2 HB-3 a project administrator approves a join request and shares an item that opens without sign-in", async ({ page, asPersona, visitor }) => {
    await openHub(page);
    await projectLink(page, "Supplier Tooling").click();
    const request = page.getByTestId("join-request").filter({ hasText: "tom.fischer@northwind.example" });
    await request.getByRole("button", { name: /^Approve/ }).click();
    await expect(page.getByTestId("join-request").filter({ hasText: "tom.fischer@northwind.example" })).toHaveCount(0);
    await expect(page.getByTestId("project-member").filter({ hasText: "tom.fischer@northwind.example" })).toContainText("Viewer");

    // PR-2: the requester now opens the project.
    const tom = await asPersona("namedUser");
    await tom.goto(page.url());
    await expect(tom.getByRole("heading", { name: "Content" })).toBeVisible();

    // HB-3: share the folder; the link shows only that item, to anyone.
    const url = await shareItem(page, "Fixtures");
    await visitor.goto(new URL(url).pathname);
    await expect(visitor.getByTestId("shared-item")).toHaveText("Fixtures");
    await expect(visitor.getByText("fixture-a.ipt")).toHaveCount(0);
    // DESIGN.md's short form opens the same item.
    await visitor.goto(new URL(url).pathname.replace("/share/", "/s/"));
    await expect(visitor.getByTestId("shared-item")).toHaveText("Fixtures");

    // HB-3: revoking it answers "no longer shared" at once.
    await page.reload();
    await page.getByRole("button", { name: "Revoke link to Fixtures" }).click();
    await page.getByRole("alertdialog", { name: "Revoke the link to Fixtures?" }).getByRole("button", { name: "Revoke link" }).click();
    // The row goes once the revocation is committed and the page refreshed (the button's own label changes while pending).
    await expect(page.getByTestId("share-link")).toHaveCount(0);
    // A revoked link answers 404 with its readable page (issue 14).
    expect((await visitor.reload())?.status()).toBe(404);
    await expect(visitor.getByText("This item is no longer shared.")).toBeVisible();
  });

  test("PR-3 LP-2 the add-member picker of an Open project offers no Project Contributor, and says why", async ({ page }) => {
    const hubId = await openHub(page);
    await page.goto(`/hubs/${hubId}?kind=open`);
    await projectLink(page, "Plant Layout 2019").click();
    const picker = page.getByLabel("Hub member", { exact: true });
    await expect(picker.locator("option", { hasText: "nina.johansson@northwind.example" })).toHaveCount(1);
    await expect(picker.locator("option", { hasText: "zoe.adams@partner.example" })).toHaveCount(0);
    await expect(page.getByTestId("add-member-note")).toContainText("Project Contributors cannot view, access, join or be invited to Open projects (LP-2).");
    await page.getByRole("button", { name: "Invite by email" }).click();
    await expect(page.getByRole("dialog", { name: "Invite by email" }).getByTestId("invite-email-note")).toHaveText("Project Contributors cannot view, access, join or be invited to Open projects (LP-2).");
  });
});

test.describe("a Project Contributor added to a Closed project", () => {
  test.use({ persona: "hubAdmin" });

  test("LP-2 FP-1 PR-1 a Project Contributor added to a Closed project as Editor works in it", async ({ page, asPersona }) => {
    await openHub(page);
    await page.getByRole("button", { name: "Create a project" }).click();
    await page.getByLabel("Project name").fill("E2E Closed for Zoe");
    await page.getByTestId("create-project").getByLabel("Kind").selectOption("closed");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { name: "E2E Closed for Zoe" })).toBeVisible();
    const zoeOption = await page.getByLabel("Hub member", { exact: true }).locator("option", { hasText: "zoe.adams@partner.example" }).getAttribute("value");
    await page.getByLabel("Hub member", { exact: true }).selectOption(zoeOption!);
    await page.getByLabel("Project role", { exact: true }).selectOption("editor");
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByTestId("project-member").filter({ hasText: "zoe.adams@partner.example" })).toContainText("Editor");

    const zoe = await asPersona("projectContributor");
    await zoe.goto(page.url());
    await zoe.getByLabel("Name", { exact: true }).fill("zoe-fixture-notes.txt");
    await zoe.getByRole("button", { name: "Create", exact: true }).click();
    await expect(zoe.getByTestId("project-item").filter({ hasText: "zoe-fixture-notes.txt" })).toBeVisible();
  });
});

test.describe("groups and transfer", () => {
  test.use({ persona: "hubMember" });

  test("PR-4 PR-5 a project administrator who is a Hub Member creates and adds a group, then transfers the project after a preview", async ({ page }) => {
    const hubId = await openHub(page);
    await page.getByRole("button", { name: "Create a project" }).click();
    await page.getByLabel("Project name").fill("E2E Leo Transfer");
    await page.getByTestId("create-project").getByLabel("Kind").selectOption("folder");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { name: "E2E Leo Transfer" })).toBeVisible();

    // PR-4: Leo administers projects and is a Hub Member, so he creates groups, and adds one.
    await page.getByLabel("New group name").fill("E2E Leo Group");
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.getByText("Group created.")).toBeVisible();
    await page.reload();
    const group = await page.getByLabel("Group", { exact: true }).locator("option", { hasText: "E2E Leo Group" }).getAttribute("value");
    await page.getByLabel("Group", { exact: true }).selectOption(group!);
    await page.getByRole("button", { name: "Add group" }).click();
    await expect(page.getByTestId("project-group").filter({ hasText: "E2E Leo Group" })).toBeVisible();

    // PR-5: the preview lists the effects before anything moves.
    await page.getByLabel("Destination hub", { exact: true }).selectOption({ label: "Northwind Service Hub" });
    await page.getByRole("button", { name: "Preview transfer" }).click();
    const preview = page.getByTestId("transfer-preview");
    await expect(preview).toContainText("Moving this project to Northwind Service Hub (PR-5)");
    await expect(preview).toContainText("its 1 members and 1 groups are not moved");
    await preview.getByRole("button", { name: "Confirm transfer" }).click();
    await expect(page).not.toHaveURL(new RegExp(`/hubs/${hubId}/`));
    await expect(page.getByRole("heading", { name: "E2E Leo Transfer" })).toBeVisible();
    await expect(page.getByText("your role: Project Administrator")).toBeVisible();
    await expect(page.getByTestId("project-group")).toHaveCount(0);
  });
});

test.describe("a promoted Project Contributor", () => {
  test.use({ persona: "hubAdmin" });

  test("FP-3 LP-3 a Project Contributor is promoted in a folder-level project, never in a legacy one, and still cannot create a group", async ({ page, asPersona }) => {
    // A journey of several people and pages: three times the default budget on a shared 2-core machine.
    test.slow();
    const hubId = await openHub(page);
    await page.goto(`/hubs/${hubId}?kind=closed`);
    await projectLink(page, "Supplier Tooling").click();
    // LP-3: the selector shows the promotion refused, with the rule's reason, and changes nothing.
    await page.getByRole("combobox", { name: /^Project role: Zoe / }).click();
    const refused = page.getByRole("option", { name: /^Project Administrator/ });
    await expect(refused).toHaveAttribute("aria-disabled", "true");
    await expect(refused).toContainText("(LP-3)");
    await page.keyboard.press("Escape");

    await page.goto(`/hubs/${hubId}?kind=folder`);
    await projectLink(page, "Gearbox Redesign").click();
    await chooseProjectRole(page, /^Project role: Zoe /, "Project Administrator");
    await expect(page.getByTestId("project-member").filter({ hasText: "zoe.adams@partner.example" })).toContainText("Project Administrator");

    const zoe = await asPersona("projectContributor");
    await zoe.goto(page.url());
    await expect(zoe.getByText("your role: Project Administrator")).toBeVisible();
    await expect(zoe.getByRole("heading", { name: "Groups" })).toBeVisible();
    await expect(zoe.getByRole("region", { name: "Groups" })).toContainText("(FP-3)");
    await expect(zoe.getByRole("button", { name: "Create group" })).toHaveCount(0);
    // FP-3: no transfer either, with the reason, though she is in another hub.
    await expect(zoe.getByRole("heading", { name: "Transfer to another hub" })).toHaveCount(0);
    await expect(zoe.getByTestId("transfer-refusal")).toContainText("(FP-3)");
  });
});

test.describe("the access table", () => {
  test.use({ persona: "hubMember" });

  test("LP-2 HB-9 the hub projects access table is on /permissions, one table per action", async ({ page }) => {
    await page.goto("/permissions?area=hubProjectsTable");
    const list = page.getByTestId("access-table-viewInList");
    await expect(list).toBeVisible();
    await expect(list.getByRole("row", { name: /^Project Contributor, Viewer/ })).toContainText("Not found");
    // One action per view: the others are links.
    await page.getByRole("navigation", { name: "Project actions" }).getByRole("link", { name: /^Transfer to another hub/ }).click();
    await expect(page.getByTestId("access-table-transfer")).toContainText("FP-3");
    await expect(page.getByTestId("access-table-viewInList")).toHaveCount(0);
  });

  test("the access table's HTML stays within 150 KB (issue 15's budget; it was 511 KB with every action at once)", async ({ page }) => {
    for (const url of ["/permissions?area=hubProjectsTable", "/permissions?area=hubProjectsTable&action=transfer"]) {
      const html = await (await page.request.get(url)).text();
      console.log(`${url}: ${html.length} bytes of HTML`);
      expect(html.length).toBeLessThanOrEqual(150 * 1024);
    }
  });
});

test.describe("a deactivated member", () => {
  test.use({ persona: "deactivatedMember" });

  test("HB-8 a deactivated member reaches none of their projects: their project's URL answers 403 with the reason", async ({ page, asPersona }) => {
    const nina = await asPersona("hubAdmin");
    await nina.goto("/");
    const hubId = await hubIdOn(nina, demoHubName);
    await nina.goto(`/hubs/${hubId}`);
    const gearbox = await projectHref(nina, "Gearbox Redesign");
    expect((await page.request.get(gearbox)).status()).toBe(403);
    await page.goto(gearbox);
    await expect(page.getByRole("alert").filter({ hasText: "You can" })).toContainText("(HB-8)");
  });
});
