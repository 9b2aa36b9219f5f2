import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, hubMembers, hubs, invitations, outboxEmails, projectMembers, projects } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { PersonaKey } from "@/lib/demo/personas";
import { personActor } from "@/test/support/people";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { acceptInvitation } from "./accept-invitation";
import { approveInvitation } from "./approve-invitation";
import { cancelInvitation } from "./cancel-invitation";
import { declineInvitation } from "./decline-invitation";
import { invitePeople, type InviteResult } from "./invite-people";
import { inviteToProject } from "./invite-to-project";
import { listMyInvitations } from "./list-my-invitations";
import { listSentInvitations, sentQuery } from "./list-sent-invitations";
import { rejectInvitation } from "./reject-invitation";
import { resendInvitation } from "./resend-invitation";
import { resendExpiredInvitations } from "./resend-expired-invitations";
import { resolveInvitationLink } from "./resolve-invitation-link";
import { expireInvitations } from "./expire-invitations";
import { outcome } from "@/test/support/outcome";

const ORIGIN = "https://portal.test.example";
let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("invitations");
  hubId = w.world.hubId;
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

const mailsTo = (to: string) => w.db.select().from(outboxEmails).where(eq(outboxEmails.to, to));
const invitationsTo = (email: string) => w.db.select().from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, email)));
/** The token in the latest email to `to` (the only place a token exists). */
async function tokenFor(to: string): Promise<string> {
  const mails = await mailsTo(to);
  const text = mails[mails.length - 1]?.text ?? "";
  const m = new RegExp(`${ORIGIN}/invite/([^\\s]+)`).exec(text);
  if (!m?.[1]) throw new Error(`no invitation link in the email to ${to}`);
  return m[1];
}
async function invite(actor: PersonaKey, emails: string): Promise<InviteResult[]> {
  const r = await execute(w.db, w.actor(actor), invitePeople, { hubId, emails });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.results;
}

describe("inviting people to the hub", () => {
  it("HB-6 HB-3 HB-8 who may invite: administrators; members only as the mode allows; never contributors, deactivated members or outsiders", async () => {
    const got: Record<string, string> = {};
    for (const k of ["hubAdmin", "hubMember", "projectContributor", "deactivatedMember", "otherAccountAdmin", "ssoAdmin"] as PersonaKey[]) {
      got[k] = outcome(await execute(w.db, w.actor(k), invitePeople, { hubId, emails: `who.${k.toLowerCase()}@guest.example` }));
    }
    expect(got).toEqual({ hubAdmin: "allowed", hubMember: "allowed", projectContributor: "denied HB-6", deactivatedMember: "denied HB-8", otherAccountAdmin: "not_found", ssoAdmin: "not_found" });
    // approval_required (the demo hub's mode): the member's invitation waits and no email goes out yet.
    expect((await invitationsTo("who.hubmember@guest.example"))[0]?.status).toBe("awaiting_approval");
    expect(await mailsTo("who.hubmember@guest.example")).toHaveLength(0);
    expect(await mailsTo("who.hubadmin@guest.example")).toHaveLength(1);
  });

  it("HB-7 HB-5 EM-1 AU-1 a pasted list gets a result per address, and exactly one email per invitation, with a link from the public URL", async () => {
    const results = await invite("hubAdmin", "Ada@Guest.example, leo.martin@northwind.example\nnot-an-address; ada@guest.example elena.petrova@northwind.example\n bob@guest.example");
    expect(results).toEqual([
      { email: "ada@guest.example", outcome: "invited" },
      { email: "leo.martin@northwind.example", outcome: "already_member" },
      { email: "elena.petrova@northwind.example", outcome: "already_invited" },
      { email: "bob@guest.example", outcome: "invited" },
      { email: "not-an-address", outcome: "invalid" },
    ]);
    const mails = await mailsTo("ada@guest.example");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`${ORIGIN}/invite/`);
    const [row] = await invitationsTo("ada@guest.example");
    expect(row).toMatchObject({ status: "pending", hubRole: "hub_member", invitedBy: w.pid("hubAdmin") });
    // Only the hash is stored.
    expect(mails[0]?.text).not.toContain(row!.tokenHash);
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const events = await w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "invitation.sent"), eq(auditEvents.targetLabel, "ada@guest.example")));
    expect(events).toHaveLength(1);
    // Again: already invited, no second email.
    expect(await invite("hubAdmin", "ada@guest.example")).toEqual([{ email: "ada@guest.example", outcome: "already_invited" }]);
    expect(await mailsTo("ada@guest.example")).toHaveLength(1);
  });

  it("HB-7 at most 100 addresses at once", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@bulk.example`).join(",");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId, emails: many }))).toBe("invalid");
  });

  it("HB-7 EM-1 two administrators inviting the same address at the same moment make one invitation and one email", async () => {
    const results = await Promise.all([
      execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId, emails: "race@guest.example, race2@guest.example" }),
      execute(w.db, w.actor("primaryAdmin"), invitePeople, { hubId, emails: "race2@guest.example, race@guest.example" }),
      execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId, emails: "race@guest.example" }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    for (const email of ["race@guest.example", "race2@guest.example"]) {
      expect(await invitationsTo(email)).toHaveLength(1);
      expect(await mailsTo(email)).toHaveLength(1);
    }
  });
});

describe("resend, cancel, approve, reject", () => {
  it("HB-7 EM-1 resending renews the expiry, the old link stops working (superseded) and one new email goes out", async () => {
    await invite("hubAdmin", "carol@guest.example");
    const oldToken = await tokenFor("carol@guest.example");
    const [row] = await invitationsTo("carol@guest.example");
    const expired = new Date(Date.now() - 1000);
    await w.db.update(invitations).set({ expiresAt: expired }).where(eq(invitations.id, row!.id));
    expect(await resolveInvitationLink(w.db, oldToken, "carol@guest.example")).toEqual({ state: "expired" });
    const seen = { invitationId: row!.id, seenExpiresAt: expired.toISOString().replace("Z", "000Z") };
    expect(outcome(await execute(w.db, w.actor("hubMember"), resendInvitation, seen))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), resendInvitation, seen))).toBe("allowed");
    const mails = await mailsTo("carol@guest.example");
    expect(mails).toHaveLength(2);
    const newToken = await tokenFor("carol@guest.example");
    expect(newToken).not.toBe(oldToken);
    expect(await resolveInvitationLink(w.db, oldToken, "carol@guest.example")).toEqual({ state: "superseded" });
    expect((await resolveInvitationLink(w.db, newToken, "carol@guest.example")).state).toBe("open");
    const [after] = await invitationsTo("carol@guest.example");
    expect(after!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it("HB-7 cancelling withdraws the invitation: its link says cancelled, it cannot be resent, and the address can be invited again", async () => {
    await invite("hubAdmin", "dan@guest.example");
    const token = await tokenFor("dan@guest.example");
    const [row] = await invitationsTo("dan@guest.example");
    expect(outcome(await execute(w.db, w.actor("projectContributor"), cancelInvitation, { invitationId: row!.id }))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), cancelInvitation, { invitationId: row!.id }))).toBe("allowed");
    expect(await resolveInvitationLink(w.db, token, "dan@guest.example")).toEqual({ state: "cancelled" });
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), resendInvitation, { invitationId: row!.id, seenExpiresAt: row!.expiresAt.toISOString().replace("Z", "000Z") }))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), cancelInvitation, { invitationId: row!.id }))).toBe("denied HB-7");
    const dan = await personActor(w.db, "dan@guest.example");
    expect(outcome(await execute(w.db, dan, acceptInvitation, { invitationId: row!.id }))).toBe("denied HB-7");
    expect(await invite("hubAdmin", "dan@guest.example")).toEqual([{ email: "dan@guest.example", outcome: "invited" }]);
  });

  it("HB-3 EM-1 an administrator approves a member's invitation (its one email goes out then) or rejects one (no email; the invitee never finds it)", async () => {
    expect(await invite("hubMember", "erin@guest.example, finn@guest.example")).toEqual([
      { email: "erin@guest.example", outcome: "awaiting_approval" },
      { email: "finn@guest.example", outcome: "awaiting_approval" },
    ]);
    const [erin] = await invitationsTo("erin@guest.example");
    const [finn] = await invitationsTo("finn@guest.example");
    expect(outcome(await execute(w.db, w.actor("hubMember"), approveInvitation, { invitationId: erin!.id }))).toBe("denied HB-3");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), resendInvitation, { invitationId: erin!.id, seenExpiresAt: erin!.expiresAt.toISOString().replace("Z", "000Z") }))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), approveInvitation, { invitationId: erin!.id }))).toBe("allowed");
    expect(await mailsTo("erin@guest.example")).toHaveLength(1);
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), approveInvitation, { invitationId: erin!.id }))).toBe("denied HB-3");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), rejectInvitation, { invitationId: finn!.id }))).toBe("allowed");
    expect(await mailsTo("finn@guest.example")).toHaveLength(0);
    const finnActor = await personActor(w.db, "finn@guest.example");
    expect(outcome(await execute(w.db, finnActor, acceptInvitation, { invitationId: finn!.id }))).toBe("not_found");
    expect(await listMyInvitations(w.db, finnActor.personId)).toEqual([]);
  });
});

describe("the invitee", () => {
  it("HB-7 a link that cannot be used (someone else's, expired) names no hub, project or invited email; only an open one does", async () => {
    await invite("hubAdmin", "hana@guest.example");
    const token = await tokenFor("hana@guest.example");
    expect(await resolveInvitationLink(w.db, token, "hana@guest.example")).toMatchObject({ state: "open", email: "hana@guest.example", hubName: expect.any(String) });
    expect(await resolveInvitationLink(w.db, token, "not.hana@guest.example")).toEqual({ state: "wrong_person" });
    const [row] = await invitationsTo("hana@guest.example");
    await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, row!.id));
    expect(await resolveInvitationLink(w.db, token, "hana@guest.example")).toEqual({ state: "expired" });
  });

  it("HB-7 HB-5 the invitee sees their pending invitation, accepts it once through the link and becomes a Hub Member", async () => {
    await invite("hubAdmin", "gina@guest.example");
    const token = await tokenFor("gina@guest.example");
    const gina = await personActor(w.db, "gina@guest.example");
    const mine = await listMyInvitations(w.db, gina.personId);
    expect(mine).toHaveLength(1);
    expect((await resolveInvitationLink(w.db, token, null)).state).toBe("open");
    expect(await resolveInvitationLink(w.db, token, "someone.else@guest.example")).toEqual({ state: "wrong_person" });
    const someone = await personActor(w.db, "someone.else@guest.example");
    expect(outcome(await execute(w.db, someone, acceptInvitation, { invitationId: mine[0]!.invitationId }))).toBe("not_found");
    const r = await execute(w.db, gina, acceptInvitation, { invitationId: mine[0]!.invitationId });
    expect(r).toMatchObject({ ok: true, data: { role: "hub_member" } });
    const [m] = await w.db.select().from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, gina.personId)));
    expect(m).toMatchObject({ role: "hub_member", active: true });
    expect(await resolveInvitationLink(w.db, token, gina.email)).toEqual({ state: "used" });
    expect(outcome(await execute(w.db, gina, acceptInvitation, { invitationId: mine[0]!.invitationId }))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, gina, declineInvitation, { invitationId: mine[0]!.invitationId }))).toBe("denied HB-7");
  });

  it("HB-7 the invitee declines; an expired invitation can no longer be answered", async () => {
    await invite("hubAdmin", "hal@guest.example, ivy@guest.example");
    const hal = await personActor(w.db, "hal@guest.example");
    const ivy = await personActor(w.db, "ivy@guest.example");
    const [halInv] = await invitationsTo("hal@guest.example");
    const [ivyInv] = await invitationsTo("ivy@guest.example");
    expect(outcome(await execute(w.db, hal, declineInvitation, { invitationId: halInv!.id }))).toBe("allowed");
    expect((await invitationsTo("hal@guest.example"))[0]?.status).toBe("declined");
    await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, ivyInv!.id));
    expect(outcome(await execute(w.db, ivy, acceptInvitation, { invitationId: ivyInv!.id }))).toBe("denied HB-7");
    expect((await invitationsTo("ivy@guest.example"))[0]?.status).toBe("pending");
    expect(await listMyInvitations(w.db, ivy.personId)).toEqual([]);
  });

  it("HB-5 someone outside the hub invited to a project joins as a Project Contributor with the project role", async () => {
    const [closed] = await w.db.select({ id: projects.id }).from(projects).where(and(eq(projects.hubId, hubId), eq(projects.name, "Supplier Tooling")));
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: closed!.id, email: "jo@guest.example", role: "viewer" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(await mailsTo("jo@guest.example")).toHaveLength(1);
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: closed!.id, email: "jo@guest.example", role: "viewer" }))).toBe("conflict");
    const jo = await personActor(w.db, "jo@guest.example");
    expect(await execute(w.db, jo, acceptInvitation, { invitationId: r.data.invitationId })).toMatchObject({ ok: true, data: { role: "project_contributor" } });
    const [pm] = await w.db.select().from(projectMembers).where(and(eq(projectMembers.projectId, closed!.id), eq(projectMembers.personId, jo.personId)));
    expect(pm?.role).toBe("viewer");
  });
});

describe("sent invitations list", () => {
  it("HB-7 hub administrators list sent invitations newest first, filter by status and page by keyset", async () => {
    // Its own invitations (the earlier tests' are not counted on): six sent, one waiting, one expired.
    await invite("hubAdmin", ["sent.0", "sent.1", "sent.2", "sent.3", "sent.4", "sent.5"].map((a) => `${a}@guest.example`).join(", "));
    await invite("hubMember", "sent.waiting@guest.example");
    const [old] = await invitationsTo("sent.0@guest.example");
    await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, old!.id));
    const all = await listSentInvitations(w.db, hubId, sentQuery.parse({}), 1000);
    expect(all.rows.map((r) => r.email)).toEqual(expect.arrayContaining(["sent.0@guest.example", "sent.5@guest.example", "sent.waiting@guest.example"]));
    const times = all.rows.map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const paged: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await listSentInvitations(w.db, hubId, sentQuery.parse({ after }), 4);
      paged.push(...page.rows.map((r) => r.invitationId));
      if (!page.next) break;
      after = page.next;
    }
    expect(paged).toEqual(all.rows.map((r) => r.invitationId));
    const expired = await listSentInvitations(w.db, hubId, sentQuery.parse({ status: "expired" }));
    expect(expired.rows.map((r) => r.email)).toEqual(expect.arrayContaining(["sent.0@guest.example", "lena.hoffmann@partner.example"]));
    expect(expired.rows.map((r) => r.email)).not.toContain("sent.1@guest.example");
    expect(expired.rows.every((r) => r.status === "expired")).toBe(true);
    const pending = await listSentInvitations(w.db, hubId, sentQuery.parse({ status: "pending" }));
    expect(pending.rows.map((r) => r.email)).toEqual(expect.arrayContaining(["sent.1@guest.example"]));
    expect(pending.rows.map((r) => r.email)).not.toContain("sent.0@guest.example");
    const waiting = await listSentInvitations(w.db, hubId, sentQuery.parse({ status: "awaiting_approval" }));
    expect(waiting.rows.map((r) => r.email)).toContain("sent.waiting@guest.example");
    expect(waiting.rows.every((r) => r.status === "awaiting_approval")).toBe(true);
    // Hub name unchanged by any of this.
    expect((await w.db.select({ n: hubs.name }).from(hubs).where(eq(hubs.id, hubId)))[0]?.n).toBe("Northwind Product Design");
  });
});

describe("bulk resend", () => {
  it("HB-7 EM-1 a hub administrator resends every expired invitation at once, one email each; members may not", async () => {
    await invite("hubAdmin", "kim@guest.example, lou@guest.example");
    const rows = [...(await invitationsTo("kim@guest.example")), ...(await invitationsTo("lou@guest.example"))];
    for (const r of rows) await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, r.id));
    expect(outcome(await execute(w.db, w.actor("hubMember"), resendExpiredInvitations, { hubId }))).toBe("denied HB-7");
    const r = await execute(w.db, w.actor("hubAdmin"), resendExpiredInvitations, { hubId });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.resent).toBeGreaterThanOrEqual(2);
    for (const email of ["kim@guest.example", "lou@guest.example"]) {
      expect(await mailsTo(email)).toHaveLength(2);
      expect((await invitationsTo(email))[0]?.status).toBe("pending");
    }
    expect((await listSentInvitations(w.db, hubId, sentQuery.parse({ status: "expired" }))).rows).toEqual([]);
  });
});

describe("invitation transitions by hub role", () => {
  it("HB-7 HB-3 HB-8 only active hub administrators resend, cancel, approve and reject; others are refused or do not find the hub's invitation", async () => {
    const roles: PersonaKey[] = ["hubMember", "projectContributor", "deactivatedMember", "otherAccountAdmin", "ssoAdmin"];
    await invite("hubAdmin", "matrix.pending@guest.example");
    await invite("hubMember", "matrix.waiting@guest.example");
    const [pending] = await invitationsTo("matrix.pending@guest.example");
    const [waiting] = await invitationsTo("matrix.waiting@guest.example");
    const got: Record<string, string[]> = {};
    for (const k of roles) {
      got[k] = [
        outcome(await execute(w.db, w.actor(k), resendInvitation, { invitationId: pending!.id, seenExpiresAt: pending!.expiresAt.toISOString().replace("Z", "000Z") })),
        outcome(await execute(w.db, w.actor(k), cancelInvitation, { invitationId: pending!.id })),
        outcome(await execute(w.db, w.actor(k), approveInvitation, { invitationId: waiting!.id })),
        outcome(await execute(w.db, w.actor(k), rejectInvitation, { invitationId: waiting!.id })),
      ];
    }
    expect(got).toEqual({
      hubMember: ["denied HB-7", "denied HB-7", "denied HB-3", "denied HB-3"],
      projectContributor: ["denied HB-7", "denied HB-7", "denied HB-3", "denied HB-3"],
      deactivatedMember: ["denied HB-8", "denied HB-8", "denied HB-8", "denied HB-8"],
      otherAccountAdmin: ["not_found", "not_found", "not_found", "not_found"],
      ssoAdmin: ["not_found", "not_found", "not_found", "not_found"],
    });
    expect((await invitationsTo("matrix.pending@guest.example"))[0]?.status).toBe("pending");
    expect((await invitationsTo("matrix.waiting@guest.example"))[0]?.status).toBe("awaiting_approval");
    expect(await mailsTo("matrix.pending@guest.example")).toHaveLength(1);
  });
});

describe("the clock", () => {
  it("HB-7 AU-1 expiring turns pending invitations past their 7 days into expired, each audited; fresh ones stay pending", async () => {
    await invite("hubAdmin", "old.one@guest.example, fresh.one@guest.example");
    const [old] = await invitationsTo("old.one@guest.example");
    await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.id, old!.id));
    expect(await expireInvitations(w.db)).toBeGreaterThanOrEqual(1);
    expect((await invitationsTo("old.one@guest.example"))[0]?.status).toBe("expired");
    expect((await invitationsTo("fresh.one@guest.example"))[0]?.status).toBe("pending");
    const events = await w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "invitation.expired"), eq(auditEvents.targetId, old!.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ hubId, actorId: null });
    expect(await expireInvitations(w.db)).toBe(0);
  });
});
