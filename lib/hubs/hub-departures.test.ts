import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, hubDepartures, hubMembers, invitations, joinRequests, projectItems, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import { capabilities } from "@/lib/pages/capabilities";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson, demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import { outcome } from "@/test/support/outcome";
import { acceptInvitation } from "./invitations/accept-invitation";
import { invitePeople } from "./invitations/invite-people";
import { inviteToProject } from "./invitations/invite-to-project";
import { joinHub } from "./join-hub";
import { leaveHub } from "./leave-hub";
import { joinFacts, listMyHubs } from "@/lib/permissions/facts";
import { createShareLink } from "./projects/create-share-link";
import { decideJoinRequest } from "./projects/decide-join-request";
import { openShareLink } from "./projects/open-share-link";
import { requestJoin } from "./projects/request-join";
import { removeHubMember } from "./remove-hub-member";
import { setInvitationMode } from "./set-invitation-mode";

// HB-8 Decision (issue 14, defect 2): a member removed by a hub administrator, or who leaves while
// deactivated, is remembered for the hub; joining again by domain is refused, and every other way
// back without a hub administrator is closed too. Each test makes its own people (at the hub's join
// domain, northwind.example), so it passes alone.
let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("departures");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
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

let n = 0;
/** A new person at the hub's join domain, in the hub with this role and activation. */
async function newMember(role: "hub_member" | "project_contributor" | "hub_admin", active = true): Promise<Actor> {
  const email = `hb8.departure${++n}.${Date.now()}@northwind.example`;
  const personId = await addHubPerson(w.db, hubId, email, role, active);
  return { personId, email, name: email };
}
const membership = async (personId: string) => (await w.db.select().from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId))))[0] ?? null;
const remembered = async (personId: string) => (await w.db.select().from(hubDepartures).where(and(eq(hubDepartures.hubId, hubId), eq(hubDepartures.personId, personId))))[0] ?? null;
const lastEvent = async (action: string, targetId: string) =>
  (await w.db.select().from(auditEvents).where(and(eq(auditEvents.hubId, hubId), eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))).at(-1);
const statusOf = async (invitationId: string) => (await w.db.select({ status: invitations.status }).from(invitations).where(eq(invitations.id, invitationId)))[0]?.status;
const inviteRow = (email: string, projectId: string | null, over: Partial<typeof invitations.$inferInsert> = {}) => ({
  hubId,
  projectId,
  email,
  hubRole: projectId ? ("project_contributor" as const) : ("hub_member" as const),
  projectRole: projectId ? ("viewer" as const) : null,
  tokenHash: `test-hb8-${++n}-${Date.now()}`,
  expiresAt: new Date(Date.now() + 86_400_000),
  invitedBy: w.pid("hubAdmin"),
  ...over,
});

describe("HB-8 Decision: a deactivated or removed member does not make themselves a member again", () => {
  it("HB-8 a deactivated member who leaves cannot join again by domain; /hubs offers no Join and says why; the leaving is audited as remembered", async () => {
    const ivan = await newMember("hub_member", false);
    expect(outcome(await execute(w.db, ivan, leaveHub, { hubId }))).toBe("allowed");
    expect(await remembered(ivan.personId)).toMatchObject({ reason: "left_while_deactivated", byPersonId: null });
    const left = await lastEvent("hub.member_left", ivan.personId);
    expect(left?.after).toEqual({ departure: "left_while_deactivated" });
    expect(left?.sideEffects).toContainEqual(expect.objectContaining({ rule: "HB-8" }));

    const joined = await execute(w.db, ivan, joinHub, { hubId });
    expect(joined).toMatchObject({ ok: false, code: "denied", rule: "HB-8" });
    expect(await membership(ivan.personId)).toBeNull();

    const { joinable } = await listMyHubs(w.db, ivan.personId);
    const listed = joinable.find((h) => h.hubId === hubId);
    expect(listed).toMatchObject({ departure: "left_while_deactivated" });
    const join = capabilities(joinFacts(ivan.personId, listed!), ["hubs.join"])["hubs.join"];
    expect(join).toMatchObject({ allowed: false, rule: "HB-8" });
    expect(join.reason).toBe(joined.ok ? "" : joined.message);
  });

  it("HB-8 a member removed by a hub administrator cannot join again by domain; the removal is audited as remembered", async () => {
    const tom = await newMember("hub_member");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: tom.personId }))).toBe("allowed");
    expect(await remembered(tom.personId)).toMatchObject({ reason: "removed", byPersonId: w.pid("hubAdmin") });
    const removed = await lastEvent("hub.member_removed", tom.personId);
    expect(removed?.after).toEqual({ departure: "removed" });
    expect(removed?.sideEffects).toContainEqual(expect.objectContaining({ rule: "HB-8" }));
    expect(await execute(w.db, tom, joinHub, { hubId })).toMatchObject({ ok: false, code: "denied", rule: "HB-8" });
    expect(await membership(tom.personId)).toBeNull();
  });

  it("HB-3 HB-8 an active member who leaves is not remembered and joins again by domain", async () => {
    const ana = await newMember("hub_member");
    expect(outcome(await execute(w.db, ana, leaveHub, { hubId }))).toBe("allowed");
    expect(await remembered(ana.personId)).toBeNull();
    expect((await lastEvent("hub.member_left", ana.personId))?.after ?? null).toBeNull();
    const { joinable } = await listMyHubs(w.db, ana.personId);
    expect(capabilities(joinFacts(ana.personId, joinable.find((h) => h.hubId === hubId)!), ["hubs.join"])["hubs.join"].allowed).toBe(true);
    expect(outcome(await execute(w.db, ana, joinHub, { hubId }))).toBe("allowed");
    expect(await membership(ana.personId)).toMatchObject({ role: "hub_member", active: true });
  });

  it("HB-8 HB-7 leaving while deactivated cancels their pending hub and project invitations, so no older link brings them back", async () => {
    const ivan = await newMember("hub_member", false);
    const [hubInv] = await w.db.insert(invitations).values(inviteRow(ivan.email, null)).returning({ id: invitations.id });
    const [projInv] = await w.db.insert(invitations).values(inviteRow(ivan.email, ids.spareParts)).returning({ id: invitations.id });
    expect(await execute(w.db, ivan, leaveHub, { hubId })).toMatchObject({ ok: true, data: { cancelledInvitations: 2, remembered: "left_while_deactivated" } });
    expect([await statusOf(hubInv!.id), await statusOf(projInv!.id)]).toEqual(["cancelled", "cancelled"]);
    expect(outcome(await execute(w.db, ivan, acceptInvitation, { invitationId: hubInv!.id }))).toBe("denied HB-7");
    expect(outcome(await execute(w.db, ivan, acceptInvitation, { invitationId: projInv!.id }))).toBe("denied HB-7");
    expect(await membership(ivan.personId)).toBeNull();
  });

  it("HB-8 an invitation older than the removal (left pending by a race) is not accepted", async () => {
    const kim = await newMember("hub_member");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: kim.personId }))).toBe("allowed");
    // As if a Hub Member's invitation had been committed beside the removal: created before it, still pending.
    const [older] = await w.db.insert(invitations).values(inviteRow(kim.email, null, { createdAt: new Date(Date.now() - 60_000), invitedBy: w.pid("hubMember") })).returning({ id: invitations.id });
    expect(outcome(await execute(w.db, kim, acceptInvitation, { invitationId: older!.id }))).toBe("denied HB-8");
    expect(await statusOf(older!.id)).toBe("pending");
    expect(await membership(kim.personId)).toBeNull();
  });

  it("HB-8 a Hub Member cannot invite a removed person back, even in open mode; a hub administrator can, and accepting brings them back active and forgets the removal", async () => {
    const raj = await newMember("hub_member");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: raj.personId }))).toBe("allowed");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setInvitationMode, { hubId, mode: "open" }))).toBe("allowed");
    try {
      const byMember = await execute(w.db, w.actor("hubMember"), invitePeople, { hubId, emails: raj.email });
      expect(byMember).toMatchObject({ ok: true, data: { results: [{ email: raj.email, outcome: "refused", reason: expect.stringMatching(/only a hub administrator can invite them back \(HB-8\)\.$/) }] } });
      expect(await w.db.select().from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, raj.email), eq(invitations.status, "pending")))).toEqual([]);

      const byAdmin = await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId, emails: raj.email });
      expect(byAdmin).toMatchObject({ ok: true, data: { results: [{ email: raj.email, outcome: "invited" }] } });
      const [inv] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, raj.email), eq(invitations.status, "pending")));
      expect(outcome(await execute(w.db, raj, acceptInvitation, { invitationId: inv!.id }))).toBe("allowed");
      expect(await membership(raj.personId)).toMatchObject({ role: "hub_member", active: true });
      expect(await remembered(raj.personId)).toBeNull();
      expect((await lastEvent("invitation.accepted", inv!.id))?.sideEffects).toContainEqual(expect.objectContaining({ rule: "HB-8" }));
    } finally {
      await execute(w.db, w.actor("hubAdmin"), setInvitationMode, { hubId, mode: "approval_required" });
    }
  });

  it("HB-8 a project member cannot invite a removed person to a project (they would come back as Project Contributor); a hub administrator can", async () => {
    const lea = await newMember("hub_member");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: lea.personId }))).toBe("allowed");
    // Leo is Editor of Gearbox Redesign; Nina administers the hub.
    expect(outcome(await execute(w.db, w.actor("hubMember"), inviteToProject, { projectId: ids.gearbox, email: lea.email, role: "viewer" }))).toBe("denied HB-8");
    const byAdmin = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.gearbox, email: lea.email, role: "viewer" });
    if (!byAdmin.ok) throw new Error(JSON.stringify(byAdmin));
    expect(await execute(w.db, lea, acceptInvitation, { invitationId: byAdmin.data.invitationId })).toMatchObject({ ok: true, data: { role: "project_contributor" } });
    expect(await remembered(lea.personId)).toBeNull();
  });

  it("HB-8 PR-2 a removed member's pending join request is declined with the removal, and a request from someone no longer in the hub is never approved in", async () => {
    const joe = await newMember("hub_member");
    const asked = await execute(w.db, joe, requestJoin, { projectId: ids.spareParts });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: joe.personId })).toMatchObject({ ok: true, data: { declinedJoinRequests: 1 } });
    const [after] = await w.db.select({ status: joinRequests.status }).from(joinRequests).where(eq(joinRequests.id, asked.data.requestId));
    expect(after?.status).toBe("declined");
    // A pending request left by a race: approving it is refused, declining still works.
    const [stale] = await w.db.insert(joinRequests).values({ projectId: ids.spareParts, personId: joe.personId }).returning({ id: joinRequests.id });
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: stale!.id, decision: "approve" }))).toBe("denied HB-9");
    expect((await w.db.select().from(projectMembers).where(and(eq(projectMembers.projectId, ids.spareParts), eq(projectMembers.personId, joe.personId))))).toEqual([]);
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: stale!.id, decision: "decline" }))).toBe("allowed");
  });

  it("HB-8 HB-3 the public links a removed member created stop working with the removal (they know the tokens)", async () => {
    const max = await newMember("hub_member");
    await w.db.insert(projectMembers).values({ projectId: ids.spareParts, personId: max.personId, role: "project_admin" });
    const [item] = await w.db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, ids.spareParts));
    const link = await execute(w.db, max, createShareLink, { projectId: ids.spareParts, itemId: item!.id });
    if (!link.ok) throw new Error(JSON.stringify(link));
    const token = link.data.url.split("/share/")[1]!;
    expect((await openShareLink(w.db, token)).state).toBe("shared");
    expect(await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: max.personId })).toMatchObject({ ok: true, data: { revokedShareLinks: 1 } });
    expect(await openShareLink(w.db, token)).toEqual({ state: "no_longer_shared" });
  });
});
