import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { invitations, outboxEmails, replacedInvitationTokens } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { cancelInvitation } from "./cancel-invitation";
import { invitationIdOf } from "./invitation-token";
import { invitePeople } from "./invite-people";
import { resendInvitation } from "./resend-invitation";
import { resolveInvitationLink } from "./resolve-invitation-link";

// Issue 14, defect 8: a link with a real invitation id and a made-up secret said "replaced by a
// newer one", which told whoever guessed it that the id exists.
const ORIGIN = "https://portal.test.example";
let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("invitation_secret");
});
afterAll(async () => {
  await w?.drop();
});
beforeEach(() => {
  vi.stubEnv("AUTH_URL", ORIGIN);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The link in the latest email to `to`: the only place a token exists. */
async function latestToken(to: string): Promise<string> {
  const mails = await w.db.select({ text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.to, to));
  const m = new RegExp(`${ORIGIN}/invite/([^\\s]+)`).exec(mails[mails.length - 1]?.text ?? "");
  if (!m?.[1]) throw new Error(`no invitation link in the email to ${to}`);
  return m[1];
}
const forged = (token: string) => `${invitationIdOf(token)}.${randomBytes(32).toString("base64url")}`;

async function invited(email: string): Promise<{ token: string; invitationId: string }> {
  const r = await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId: w.world.hubId, emails: email });
  expect(r.ok).toBe(true);
  const token = await latestToken(email);
  return { token, invitationId: invitationIdOf(token)! };
}

/** The expiry the sent-invitations row shows and a resend sends back (HB-7: what the actor saw). */
async function shownExpiry(invitationId: string): Promise<string> {
  const [row] = await w.db.select({ at: invitations.expiresAt }).from(invitations).where(eq(invitations.id, invitationId));
  return row!.at.toISOString().replace("Z", "000Z");
}

describe("an invitation link's secret", () => {
  it("security: HB-7 a real invitation id with a secret the portal never issued is 'not valid', whatever the invitation's state", async () => {
    const { token, invitationId } = await invited("secret.guess@guest.example");
    expect((await resolveInvitationLink(w.db, token, null)).state).toBe("open");
    expect(await resolveInvitationLink(w.db, forged(token), null)).toEqual({ state: "invalid" });
    expect(await resolveInvitationLink(w.db, forged(token), "secret.guess@guest.example")).toEqual({ state: "invalid" });
    expect((await execute(w.db, w.actor("hubAdmin"), cancelInvitation, { invitationId })).ok).toBe(true);
    expect(await resolveInvitationLink(w.db, token, null)).toEqual({ state: "cancelled" });
    expect(await resolveInvitationLink(w.db, forged(token), null)).toEqual({ state: "invalid" });
  });

  it("security: HB-7 only a link that a resend really replaced says 'replaced', and the resend keeps its hash, never the token", async () => {
    const email = "secret.resent@guest.example";
    const { token: first, invitationId } = await invited(email);
    expect((await execute(w.db, w.actor("hubAdmin"), resendInvitation, { invitationId, seenExpiresAt: await shownExpiry(invitationId) })).ok).toBe(true);
    const second = await latestToken(email);
    expect(second).not.toBe(first);
    expect((await execute(w.db, w.actor("hubAdmin"), resendInvitation, { invitationId, seenExpiresAt: await shownExpiry(invitationId) })).ok).toBe(true);
    const third = await latestToken(email);
    expect(await resolveInvitationLink(w.db, first, email)).toEqual({ state: "superseded" });
    expect(await resolveInvitationLink(w.db, second, email)).toEqual({ state: "superseded" });
    expect((await resolveInvitationLink(w.db, third, email)).state).toBe("open");
    expect(await resolveInvitationLink(w.db, forged(first), email)).toEqual({ state: "invalid" });
    const kept = await w.db.select({ hash: replacedInvitationTokens.tokenHash }).from(replacedInvitationTokens).where(eq(replacedInvitationTokens.invitationId, invitationId));
    expect(kept).toHaveLength(2);
    for (const { hash } of kept) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect([first, second, third].some((t) => t.includes(hash))).toBe(false);
    }
  });
});
