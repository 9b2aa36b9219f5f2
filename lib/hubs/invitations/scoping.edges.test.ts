import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { auditEvents, hubMembers, invitations, outboxEmails } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { findOrCreatePerson } from "@/lib/people/people";
import { loadProjectInfo } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub, fillProject } from "@/test/support/projects";
import { createProject } from "../projects/create-project";
import { acceptInvitation } from "./accept-invitation";
import { inviteToProject } from "./invite-to-project";
import { listSentInvitations, sentQuery } from "./list-sent-invitations";
import { resendExpiredInvitations } from "./resend-expired-invitations";

// HB-7's hub-wide invitation operations stay inside the hub they are asked for, and PR-6's
// cap lets the 500th member in. Each test makes its own second hub and invitations.

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("invscoping");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});
beforeEach(() => {
  vi.stubEnv("AUTH_URL", "https://portal.test.example");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const DAY = 86_400_000;
/** A second hub of the demo account, administered by the demo hub administrator too. */
async function otherHub(name: string): Promise<string> {
  const other = await addHub(w.db, hubId, name, w.pid("hubAdmin"));
  await w.db.insert(hubMembers).values({ hubId: other, personId: w.pid("hubAdmin"), role: "hub_admin" });
  return other;
}
async function invitation(inHub: string, email: string, status: "pending" | "expired" | "cancelled", expiresInMs: number): Promise<string> {
  const [row] = await w.db
    .insert(invitations)
    .values({ hubId: inHub, email, hubRole: "hub_member", status, tokenHash: `edge-${randomUUID()}`, expiresAt: new Date(Date.now() + expiresInMs), invitedBy: w.pid("hubAdmin") })
    .returning({ id: invitations.id });
  return row!.id;
}
const rowsOf = (ids: string[]) => w.db.select({ id: invitations.id, status: invitations.status, expiresAt: invitations.expiresAt, tokenHash: invitations.tokenHash }).from(invitations).where(inArray(invitations.id, ids));
const mailsTo = (emails: string[]) => w.db.select({ to: outboxEmails.to }).from(outboxEmails).where(inArray(outboxEmails.to, emails));

describe("HB-7 resend all expired", () => {
  it("HB-7 EM-1 resends the hub's expired invitations (marked expired or pending past their 7 days), one email each; not fresh or cancelled ones, not another hub's", async () => {
    const other = await otherHub("Resend edges other hub");
    const mine = {
      marked: await invitation(hubId, "resend.marked@guest.example", "expired", -DAY),
      late: await invitation(hubId, "resend.late@guest.example", "pending", -1000),
      fresh: await invitation(hubId, "resend.fresh@guest.example", "pending", DAY),
      cancelled: await invitation(hubId, "resend.cancelled@guest.example", "cancelled", -DAY),
    };
    const theirs = [await invitation(other, "resend.theirs.marked@guest.example", "expired", -DAY), await invitation(other, "resend.theirs.late@guest.example", "pending", -1000)];
    const before = new Map((await rowsOf([...Object.values(mine), ...theirs])).map((r) => [r.id, r]));

    const r = await execute(w.db, w.actor("hubAdmin"), resendExpiredInvitations, { hubId });
    if (!r.ok) throw new Error(JSON.stringify(r));

    const after = new Map((await rowsOf([...Object.values(mine), ...theirs])).map((r) => [r.id, r]));
    for (const id of [mine.marked, mine.late]) {
      expect(after.get(id)).toMatchObject({ status: "pending" });
      expect(after.get(id)!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY);
      expect(after.get(id)!.tokenHash).not.toBe(before.get(id)!.tokenHash);
    }
    for (const id of [mine.fresh, mine.cancelled, ...theirs]) expect(after.get(id)).toEqual(before.get(id));
    expect((await mailsTo(["resend.marked@guest.example", "resend.late@guest.example"])).map((m) => m.to).sort()).toEqual(["resend.late@guest.example", "resend.marked@guest.example"]);
    expect(await mailsTo(["resend.fresh@guest.example", "resend.cancelled@guest.example", "resend.theirs.marked@guest.example", "resend.theirs.late@guest.example"])).toEqual([]);
    const audited = await w.db
      .select({ targetId: auditEvents.targetId, hubId: auditEvents.hubId, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, "invitation.resent"));
    // AU-1: each says what changed, from the old expiry to the new one.
    expect(audited.find((e) => e.targetId === mine.late)).toMatchObject({
      hubId,
      before: { status: "expired", expiresAt: before.get(mine.late)!.expiresAt.toISOString() },
      after: { status: "pending", expiresAt: after.get(mine.late)!.expiresAt.toISOString() },
    });
    expect(audited.filter((e) => [...theirs, mine.fresh, mine.cancelled].includes(e.targetId!))).toEqual([]);
    expect(audited.filter((e) => e.targetId === mine.marked || e.targetId === mine.late)).toHaveLength(2);
    expect(r.data).toEqual({ hubId, resent: audited.filter((e) => e.hubId === hubId).length });
  });
});

describe("HB-7 the sent invitations list", () => {
  it("HB-7 lists the hub's own invitations only: another hub's are on that hub's list", async () => {
    const other = await otherHub("Sent list edges other hub");
    const here = await invitation(hubId, "sent.here@guest.example", "pending", DAY);
    const there = await invitation(other, "sent.there@guest.example", "pending", DAY);
    const ids = (rows: { invitationId: string }[]) => rows.map((r) => r.invitationId);
    const ours = ids((await listSentInvitations(w.db, hubId, sentQuery.parse({}), 1000)).rows);
    expect(ours).toContain(here);
    expect(ours).not.toContain(there);
    expect(ids((await listSentInvitations(w.db, other, sentQuery.parse({}), 1000)).rows)).toEqual([there]);
  });

  it("HB-7 keyset pages end exactly: a full last page has no next cursor, and a cursor that is not one starts from the top", async () => {
    const other = await otherHub("Sent list pages hub");
    const first = await invitation(other, "pages.first@guest.example", "pending", DAY);
    const second = await invitation(other, "pages.second@guest.example", "pending", DAY);
    const all = await listSentInvitations(w.db, other, sentQuery.parse({}), 2);
    expect(all.rows.map((r) => r.invitationId).sort()).toEqual([first, second].sort());
    expect(all.next).toBeNull();
    const one = await listSentInvitations(w.db, other, sentQuery.parse({}), 1);
    expect(one.rows).toHaveLength(1);
    expect(one.next).not.toBeNull();
    const rest = await listSentInvitations(w.db, other, sentQuery.parse({ after: one.next! }), 1);
    expect(rest.rows.map((r) => r.invitationId)).toEqual(all.rows.slice(1).map((r) => r.invitationId));
    expect(rest.next).toBeNull();
    expect((await listSentInvitations(w.db, other, sentQuery.parse({ after: "not-a-cursor" }), 2)).rows).toEqual(all.rows);
  });

  it("HB-7 a row says what the rules see: a pending invitation past its expiry is expired; its inviter and times are shown", async () => {
    const other = await otherHub("Sent list rows hub");
    const late = await invitation(other, "rows.late@guest.example", "pending", -1000);
    const [row] = (await listSentInvitations(w.db, other, sentQuery.parse({}))).rows;
    const [stored] = await w.db.select().from(invitations).where(eq(invitations.id, late));
    expect(row).toEqual({
      invitationId: late,
      email: "rows.late@guest.example",
      status: "expired",
      hubRole: "hub_member",
      projectName: null,
      projectRole: null,
      invitedBy: w.actor("hubAdmin").name,
      // Microseconds, in UTC (the keyset cursor carries them).
      createdAt: expect.stringMatching(new RegExp(`^${stored!.createdAt.toISOString().slice(0, 23).replace(/\./g, "\\.")}\\d{3}Z$`)),
      expiresAt: stored!.expiresAt.toISOString().replace("Z", "000Z"),
    });
    expect((await listSentInvitations(w.db, other, sentQuery.parse({ status: "pending" }))).rows).toEqual([]);
  });

  it("HB-7 the address search ignores case and takes % and _ literally", async () => {
    const a = await invitation(hubId, "search_edge.one@guest.example", "pending", DAY);
    const b = await invitation(hubId, "searchxedge.two@guest.example", "pending", DAY);
    const found = async (q: string) => (await listSentInvitations(w.db, hubId, sentQuery.parse({ q }), 1000)).rows.map((r) => r.invitationId);
    expect(await found("SEARCH_EDGE")).toEqual([a]);
    expect(await found("searchxedge")).toEqual([b]);
    expect(await found("search%edge")).toEqual([]);
  });
});

describe("PR-6 accepting into a project", () => {
  it("PR-6 HB-5 a project of 499 takes one more: accepting makes it 500 (the cap refuses only past it)", async () => {
    const made = await execute(w.db, w.actor("hubAdmin"), createProject, { hubId, name: "Cap edge 499", kind: "folder" });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const projectId = made.data.projectId;
    await fillProject(w.db, hubId, projectId, 498, "capedge");
    expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(499);
    const email = "cap.edge@guest.example";
    const inv = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId, email, role: "viewer" });
    if (!inv.ok) throw new Error(JSON.stringify(inv));
    const { person } = await findOrCreatePerson(w.db, { email, firstName: "Cap", lastName: "Edge" });
    const accepted = await execute(w.db, { personId: person.id, email, name: person.label }, acceptInvitation, { invitationId: inv.data.invitationId });
    expect(accepted).toMatchObject({ ok: true, data: { role: "project_contributor", projectId } });
    expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(500);
    const [status] = await w.db.select({ s: invitations.status }).from(invitations).where(and(eq(invitations.id, inv.data.invitationId)));
    expect(status?.s).toBe("accepted");
  });
});
