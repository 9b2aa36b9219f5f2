import { expect, test } from "./fixtures";
import { alertWith, createHub, invitationAction, invite, mailboxInvitationLink, setSharing, unique } from "./support/hubs";
import { chooseRole, rowMenu, toastWith } from "./support/console";
import { mailboxSignInLink, signInWithEmailLink } from "./support/sign-in";

// A hub administrator's journey on a hub of their own, created here (HB-1, HB-2), so the
// demo hub other specs read stays as seeded. Invitees are new people, unique to the run.

test.describe("hub administration", () => {
  test.use({ persona: "primaryAdmin" });

  test("HB-1 HB-2 HB-3 HB-6 AU-2 an account admin creates a hub, becomes its administrator, edits its settings and finds each change in the hub's activity", async ({ page }) => {
    // A long journey (a create dialog, two confirmations): three times the default budget on a shared 2-core machine.
    test.slow();
    const name = unique("Plant hub");
    const hubId = await createHub(page, name);
    await page.goto("/hubs");
    await expect(page.getByRole("list", { name: "Hubs I belong to" }).getByRole("listitem").filter({ hasText: name })).toContainText("Hub Administrator");

    await page.goto(`/hubs/${hubId}/settings`);
    const renamed = `${name} renamed`;
    await page.getByLabel("Hub name").fill(renamed);
    await page.getByRole("button", { name: "Rename hub" }).click();
    await expect(page.getByText(renamed).first()).toBeVisible();

    await page.getByRole("radio", { name: /Members, with approval/ }).check();
    await page.getByRole("button", { name: "Save invitation mode" }).click();
    await expect(toastWith(page, "Invitation mode saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: /Members, with approval/ })).toBeChecked();
    await expect(page.getByText("their invitations wait until a hub administrator approves them")).toBeVisible();

    await page.getByLabel("Add a join domain").fill("Gmail.com");
    await page.getByRole("button", { name: "Add domain" }).click();
    await expect(alertWith(page, "public email service")).toContainText("HB-3");
    const domain = `${unique("plant")}.example`;
    await page.getByLabel("Add a join domain").fill(domain.toUpperCase());
    await page.getByRole("button", { name: "Add domain" }).click();
    await expect(page.getByRole("list", { name: "Join domains" })).toContainText(domain);
    await page.getByRole("button", { name: `Remove ${domain}` }).click();
    await page.getByRole("alertdialog", { name: `Remove ${domain}?` }).getByRole("button", { name: "Remove domain" }).click();
    await expect(page.getByText("No join domains")).toBeVisible();

    await setSharing(page, false);

    // AU-2: each change is in the hub's activity log, with the account log's filters and export.
    await page.goto(`/hubs/${hubId}/activity`);
    const log = page.getByRole("table");
    for (const what of ["Hub created", "Hub renamed", "Hub access changed", "Hub sharing changed"]) await expect(log.getByText(what).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Export CSV/ })).toHaveAttribute("href", `/api/hubs/${hubId}/activity/export`);
  });

  test("HB-5 HB-7 HB-10 HB-8 an administrator invites two people, resends one, cancels one, then changes the role of the one who joined and deactivates and reactivates them", async ({ page, browser }) => {
    // A journey of several people and pages: three times the default budget on a shared 2-core machine.
    test.slow();
    const hubId = await createHub(page, unique("Line hub"));
    const ada = `${unique("ada")}@guest.example`;
    const bob = `${unique("bob")}@guest.example`;
    const results = await invite(page, hubId, [ada, bob]);
    expect(results[ada]).toContain("Invited");
    const firstLink = await mailboxInvitationLink(page, ada);

    await page.goto(`/hubs/${hubId}/invitations`);
    await invitationAction(page, ada, "Resend");
    const newLink = await mailboxInvitationLink(page, ada, firstLink);
    await page.goto(`/hubs/${hubId}/invitations`);
    await invitationAction(page, bob, "Cancel invitation");
    await expect(page.getByTestId(`invitation-${bob}`)).toContainText("Cancelled");
    await expect(page.getByTestId(`invitation-${ada}`)).toContainText("Pending");

    // Ada, signed out, opens the newest link: sign-in and back, then accept.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitee = await context.newPage();
    await invitee.goto(newLink);
    await expect(invitee).toHaveURL(/\/sign-in\?callbackUrl=%2Finvite%2F/);
    await invitee.getByLabel("Work email", { exact: true }).fill(ada);
    await invitee.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(invitee).not.toHaveURL(/\/sign-in\/?(\?.*)?$/);
    // The sign-in link brings them back to the invitation, not to the start page.
    await invitee.goto(await mailboxSignInLink(invitee, ada));
    await expect(invitee).toHaveURL(new RegExp(`${new URL(newLink).pathname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(invitee.getByTestId("invite-page")).toHaveAttribute("data-state", "open");
    await invitee.getByRole("button", { name: /^Accept the invitation/ }).click();
    await expect(invitee).toHaveURL(new RegExp(`/hubs/${hubId}$`));
    // The same link again, and the replaced one: refused, saying which.
    await invitee.goto(newLink);
    await expect(invitee.getByRole("heading", { name: "This invitation was already answered" })).toBeVisible();
    await invitee.goto(firstLink);
    await expect(invitee.getByRole("heading", { name: "This link was replaced by a newer one" })).toBeVisible();

    // HB-10: a Hub Member may become a Hub Administrator or a Project Contributor, nothing else.
    await page.goto(`/hubs/${hubId}/members?q=${encodeURIComponent(ada)}`);
    const row = page.getByTestId(`member-${ada}`);
    await expect(row).toContainText("Hub Member");
    const offered = await chooseRole(row, "Hub Administrator");
    expect(offered.map((o) => o.name)).toEqual(["Hub Member", "Hub Administrator", "Project Contributor"]);
    await expect(page.getByText(/is now Hub Administrator/)).toBeVisible();
    await expect(row.getByRole("combobox")).toHaveText("Hub Administrator");

    // HB-8: deactivated, their very next request is refused; reactivated, they are back.
    await (await rowMenu(row, "Deactivate")).getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
    await invitee.goto(`/hubs/${hubId}/members`);
    await expect(alertWith(invitee, "deactivated")).toContainText("HB-8");
    await (await rowMenu(row, "Reactivate")).getByRole("button", { name: "Reactivate" }).click();
    await expect(row).toContainText("Active");
    await invitee.goto(`/hubs/${hubId}/members`);
    await expect(invitee.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
    await context.close();
  });

  test("HB-3 HB-8 a person at a join domain finds the hub under 'hubs I may join', joins as a Hub Member in one click, and may leave", async ({ page, browser }) => {
    const hubId = await createHub(page, unique("Domain hub"));
    const domain = `${unique("joiners")}.example`;
    await page.getByLabel("Add a join domain").fill(domain);
    await page.getByRole("button", { name: "Add domain" }).click();
    await expect(page.getByRole("list", { name: "Join domains" })).toContainText(domain);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const joiner = await context.newPage();
    await signInWithEmailLink(joiner, `${unique("cy")}@${domain}`);
    await joiner.goto("/hubs");
    const joinable = joiner.getByRole("list", { name: "Hubs I may join" });
    await expect(joinable).toContainText(domain);
    await joinable.getByRole("button", { name: /^Join as Hub Member/ }).click();
    const mine = joiner.getByRole("list", { name: "Hubs I belong to" });
    await expect(mine).toContainText("Hub Member");
    await expect(joiner.getByRole("list", { name: "Hubs I may join" })).toHaveCount(0);
    await mine.getByRole("button", { name: /^Leave/ }).click();
    await joiner.getByRole("alertdialog").getByRole("button", { name: "Leave hub" }).click();
    await expect(joiner.getByText("You are not a member of any hub yet.")).toBeVisible();
    await context.close();
    expect(hubId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("HB-8 a deactivated member who leaves cannot make themselves active again: /hubs offers no Join, and says why", async ({ page, browser }) => {
    // A new hub, a member signed in by email link, deactivated, leaving and coming back: many pages.
    test.slow();
    const hubId = await createHub(page, unique("Deactivation hub"));
    const domain = `${unique("leavers")}.example`;
    await page.getByLabel("Add a join domain").fill(domain);
    await page.getByRole("button", { name: "Add domain" }).click();
    await expect(page.getByRole("list", { name: "Join domains" })).toContainText(domain);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const joiner = await context.newPage();
    const email = `${unique("dee")}@${domain}`;
    await signInWithEmailLink(joiner, email);
    await joiner.goto("/hubs");
    await joiner.getByRole("list", { name: "Hubs I may join" }).getByRole("button", { name: /^Join as Hub Member/ }).click();
    await expect(joiner.getByRole("list", { name: "Hubs I belong to" })).toContainText("Hub Member");

    // A hub administrator deactivates them; they leave (allowed), and the hub remembers it.
    await page.goto(`/hubs/${hubId}/members?q=${encodeURIComponent(email)}`);
    const row = page.getByTestId(`member-${email}`);
    await (await rowMenu(row, "Deactivate")).getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
    await joiner.goto("/hubs");
    await joiner.getByRole("list", { name: "Hubs I belong to" }).getByRole("button", { name: /^Leave/ }).click();
    await expect(joiner.getByRole("alertdialog")).toContainText("only a hub administrator's invitation brings you back");
    await joiner.getByRole("alertdialog").getByRole("button", { name: "Leave hub" }).click();
    await expect(joiner.getByText("You are not a member of any hub yet.")).toBeVisible();

    const joinable = joiner.getByRole("list", { name: "Hubs I may join" });
    await expect(joinable.getByTestId("join-refusal")).toContainText("You left this hub while your membership was deactivated");
    await expect(joinable.getByTestId("join-refusal")).toContainText("(HB-8)");
    await expect(joinable.getByRole("button", { name: /^Join as Hub Member/ })).toHaveCount(0);
    await context.close();
  });
});
