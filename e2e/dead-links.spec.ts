import type { Page } from "@playwright/test";
import { demoHubName } from "../lib/demo/personas";
import { expect, test } from "./fixtures";
import { hubIdOn } from "./support/account-ids";
import { invitationAction, invite, mailboxInvitationLink, unique } from "./support/hubs";
import { signInWithEmailLink } from "./support/sign-in";

// Issue 14, defect 8: dead links answered 200, and a made-up secret with a real invitation id
// said "replaced", revealing that the id exists. A dead link now answers 404 with its own
// readable page; a live one 200. (Share links: hub-sharing.spec.ts and hub-projects.spec.ts.)

/** Opens `url` and expects its HTTP status and the heading that explains it. */
async function expectLink(page: Page, url: string, status: number, heading: string | RegExp) {
  const response = await page.goto(url);
  expect.soft(response?.status(), `${url}: status`).toBe(status);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test.describe("dead links", () => {
  test.use({ persona: "hubAdmin" });

  test("security: HB-7 invitation links that were replaced, answered, cancelled, expired or never issued answer 404 with the page that says which; a made-up secret with a real id is 'not valid'", async ({ page, visitor }) => {
    test.slow();
    await page.goto("/");
    const hubId = await hubIdOn(page, demoHubName);
    const guest = `${unique("dead")}@guest.example`;
    await invite(page, hubId, [guest]);
    const first = await mailboxInvitationLink(page, guest);
    await page.goto(`/hubs/${hubId}/invitations`);
    await invitationAction(page, guest, "Resend");
    const second = await mailboxInvitationLink(page, guest, first);

    await expectLink(visitor, first, 404, "This link was replaced by a newer one");
    await expectLink(visitor, `${second.slice(0, -3)}xyz`, 404, "This invitation link is not valid");
    await expect(visitor.getByTestId("invite-page")).not.toContainText(demoHubName);
    await expectLink(visitor, "/invite/not-a-token", 404, "This invitation link is not valid");
    // The demo world's expired invitation.
    await expectLink(visitor, await mailboxInvitationLink(visitor, "lena.hoffmann@partner.example"), 404, "This invitation has expired");

    // Live: the invitee sees it (200); someone else is told it is not theirs (200, naming nothing).
    await signInWithEmailLink(visitor, guest);
    await expectLink(visitor, second, 200, `You are invited to ${demoHubName}`);
    await expectLink(page, second, 200, "This invitation is for someone else");
    // Answered: the link is used up.
    await visitor.getByRole("button", { name: `Decline the invitation to ${demoHubName}` }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "This invitation was already answered" })).toBeVisible();
    await expectLink(visitor, second, 404, "This invitation was already answered");

    const withdrawn = `${unique("cancelled")}@guest.example`;
    await invite(page, hubId, [withdrawn]);
    const link = await mailboxInvitationLink(page, withdrawn);
    await page.goto(`/hubs/${hubId}/invitations`);
    await invitationAction(page, withdrawn, "Cancel invitation");
    await expect(page.getByTestId(`invitation-${withdrawn}`)).toContainText("Cancelled");
    await expectLink(visitor, link, 404, "This invitation was cancelled");
  });

  test("security: HB-3 a share link the portal never issued answers 404 with its page, at /share and /s", async ({ visitor }) => {
    for (const url of ["/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/s/x"]) {
      await expectLink(visitor, url, 404, "This share link was not found.");
    }
  });
});
