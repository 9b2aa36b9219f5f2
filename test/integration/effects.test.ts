import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { contracts, groups, invitations, joinRequests, products, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { grantSsoAdmin } from "@/lib/accounts/admins/grant-sso-admin";
import { announceRelease } from "@/lib/contracts/announce-release";
import { assignSoftwareCoordinator } from "@/lib/contracts/assign-software-coordinator";
import { recordPurchase } from "@/lib/contracts/record-purchase";
import { setAutoRenew } from "@/lib/contracts/set-auto-renew";
import { personas } from "@/lib/demo/personas";
import { leaveHub } from "@/lib/hubs/leave-hub";
import { newInvitationToken } from "@/lib/hubs/invitations/invitation-token";
import { expireInvitations } from "@/lib/hubs/invitations/expire-invitations";
import { createItem } from "@/lib/hubs/projects/create-item";
import { decideJoinRequest } from "@/lib/hubs/projects/decide-join-request";
import { deleteItem } from "@/lib/hubs/projects/delete-item";
import { editGroupMembers } from "@/lib/hubs/projects/edit-group-members";
import { changeProjectRole } from "@/lib/hubs/projects/change-project-role";
import { promoteProjectAdmin } from "@/lib/hubs/projects/promote-project-admin";
import { removeProjectMember } from "@/lib/hubs/projects/remove-project-member";
import { renameItem } from "@/lib/hubs/projects/rename-item";
import { setMemberActivation } from "@/lib/hubs/set-member-activation";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { ANY_ID, expectEffects, expectNoEffects, nameIds } from "@/test/support/expect-effects";
import { outcome } from "@/test/support/outcome";
import { addHub, addHubPerson, demoProjectIds } from "@/test/support/projects";

/*
 * Issue 14: a mutation run found changes that could lose their audit event (AU-1) or email
 * (EM-1) with no test noticing. Each test here asserts the exact events and emails of one
 * change with expectEffects, and that its refusal or no-op writes none (expectNoEffects).
 * docs/mutation-effects.md records the mutants each one was seen to kill.
 */

let w: DemoTestWorld;
let account: string;
let hubId: string;
let gearbox: string;
let n = 0;
const email = (who: string) => `fx.${who}.${n++}@northwind.example`;

beforeAll(async () => {
  w = await createDemoWorldDb("effects");
  account = w.world.accountIds.hybrid;
  hubId = w.world.hubId;
  gearbox = (await demoProjectIds(w.db)).gearbox;
  nameIds({ [account]: "the hybrid account", [hubId]: "the demo hub", [gearbox]: "Gearbox Redesign" });
});
afterAll(async () => {
  await w?.drop();
});

describe("the five changes the mutation run found unwatched (issue 14)", () => {
  it("HB-6 HB-8 AU-1 a hub administrator deactivates a member, then reactivates them: one event each on the hub and its account, no email; again, or by a Hub Member, nothing is written", async () => {
    const personId = await addHubPerson(w.db, hubId, email("member"), "hub_member");
    const nina = w.actor("hubAdmin");
    const change = (active: boolean, by = nina) => () => execute(w.db, by, setMemberActivation, { hubId, personId, active });
    const event = (action: string, active: boolean) => ({ action, accountId: account, hubId, targetType: "hub_member", targetId: personId, actorId: nina.personId, before: { active: !active }, after: { active } });

    expect(outcome(await expectNoEffects(w.db, change(false, w.actor("hubMember"))))).toBe("denied HB-6");
    expect(outcome(await expectEffects(w.db, change(false), { audit: [event("hub.member_deactivated", false)] }))).toBe("allowed");
    expect(outcome(await expectNoEffects(w.db, change(false)))).toBe("denied HB-8");
    expect(outcome(await expectEffects(w.db, change(true), { audit: [event("hub.member_reactivated", true)] }))).toBe("allowed");
  });

  it("HB-8 AU-1 a member leaves a hub: one event on the hub and its account, no email; the last active hub administrator's attempt writes nothing", async () => {
    const other = await addHub(w.db, hubId, `Effects hub ${n++}`, w.pid("hubAdmin"));
    const admin = await addHubPerson(w.db, other, email("lastadmin"), "hub_admin");
    const leaver = await addHubPerson(w.db, other, email("leaver"), "hub_member", false);
    const as = (personId: string) => ({ personId, email: "", name: "Leaver" });

    expect(outcome(await expectNoEffects(w.db, () => execute(w.db, as(admin), leaveHub, { hubId: other })))).toBe("denied HB-8");
    const left = await expectEffects(w.db, () => execute(w.db, as(leaver), leaveHub, { hubId: other }), {
      // Deactivated when they left: remembered, so joining by domain cannot undo the deactivation (HB-8 Decision).
      audit: [{ action: "hub.member_left", accountId: account, hubId: other, targetType: "hub_member", targetId: leaver, before: { active: false }, after: { departure: "left_while_deactivated" }, sideEffectRules: ["HB-8"] }],
    });
    expect(outcome(left)).toBe("allowed");
  });

  it("PR-1 AU-1 a hub administrator removes a member from a project: one event on the project's hub, no email; someone not in the project, or an Editor's attempt, writes nothing", async () => {
    const personId = await addHubPerson(w.db, hubId, email("editor"), "hub_member");
    const editor = await addHubPerson(w.db, hubId, email("editor2"), "hub_member");
    await w.db.insert(projectMembers).values([
      { projectId: gearbox, personId, role: "editor" },
      { projectId: gearbox, personId: editor, role: "editor" },
    ]);
    const remove = (by = w.actor("hubAdmin")) => () => execute(w.db, by, removeProjectMember, { projectId: gearbox, personId });

    expect(outcome(await expectNoEffects(w.db, remove({ personId: editor, email: "", name: "Editor" })))).toBe("denied PR-1");
    const removed = await expectEffects(w.db, remove(), {
      audit: [{ action: "project.member_removed", hubId, targetType: "person", targetId: personId, before: { project: "Gearbox Redesign", role: "Editor" }, after: null }],
    });
    expect(outcome(removed)).toBe("allowed");
    expect(outcome(await expectNoEffects(w.db, remove()))).toBe("not_found");
  });

  it("CL-3 AU-1 the contract manager switches auto-renew off: one event on the contract and its account, no email; switching it off again, or the primary admin's attempt (UM-6), writes nothing", async () => {
    const { noSc: contractId } = await hybridClassicContracts(w);
    await w.db.update(contracts).set({ autoRenew: true }).where(eq(contracts.id, contractId));
    const off = (by = w.actor("contractManager")) => () => execute(w.db, by, setAutoRenew, { accountId: account, contractId, autoRenew: false });

    expect(outcome(await expectNoEffects(w.db, off(w.actor("primaryAdmin"))))).toBe("denied UM-6");
    await expectEffects(w.db, off(), {
      audit: [{ action: "contract.auto_renew_changed", accountId: account, contractId, targetType: "contract", targetId: contractId, before: { autoRenew: true }, after: { autoRenew: false } }],
    });
    expect(await expectNoEffects(w.db, off())).toMatchObject({ ok: true, data: { changed: false } });
  });

  it("HB-1 EM-1 AU-1 the primary admin grants the SSO admin role: one event on the account and one email to the new SSO admin; granting it again, or a secondary admin's attempt, writes nothing", async () => {
    const to = email("sso");
    const grant = (by = w.actor("primaryAdmin")) => () => execute(w.db, by, grantSsoAdmin, { accountId: account, email: to });

    expect(outcome(await expectNoEffects(w.db, grant(w.actor("secondaryAdmin"))))).toBe("denied HB-1");
    const granted = await expectEffects(w.db, grant(), (r) => ({
      audit: [{ action: "account.sso_admin_granted", accountId: account, targetType: "person", targetId: r.ok ? r.data.personId : "?", before: { ssoAdmin: false }, after: { ssoAdmin: true } }],
      emails: [{ template: "role-changed", to, subject: /SSO admin/ }],
    }));
    expect(outcome(granted)).toBe("allowed");
    expect(outcome(await expectNoEffects(w.db, grant()))).not.toBe("allowed");
  });
});

describe("changes no sweep cell makes (issue 14: every audit kind asserted)", () => {
  it("PU-1 PU-3 CL-6 CL-9 EM-1 AU-1 a purchase, its first coordinator and a release: each one event on the contract and its account and one email; the same release again writes nothing", async () => {
    const [product] = await w.db.insert(products).values({ code: `FX${n++}`, name: "Effects Suite" }).returning({ id: products.id, code: products.code });
    const cm = personas.contractManager;
    const { contractId } = await expectEffects(
      w.db,
      () => w.db.transaction((tx) => recordPurchase(tx, { account: { accountId: account }, purchaser: cm, channel: "online", management: "classic", products: [{ productCode: product!.code, seats: 2 }], termStart: "2026-01-01", renewalDate: "2027-01-01" })),
      (r) => ({
        audit: [{ action: "contract.purchase_recorded", accountId: account, contractId: r.contractId, targetType: "contract", targetId: r.contractId, after: { contractManager: cm.email } }],
        emails: [{ template: "purchase-confirmation", to: cm.email }],
      }),
    );
    const sc = email("sc");
    await expectEffects(w.db, () => execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: account, contractId, email: sc }), (r) => ({
      audit: [{ action: "contract.software_coordinator_assigned", accountId: account, contractId, targetType: "person", targetId: r.ok ? r.data.personId : "?", before: { softwareCoordinator: null }, after: { softwareCoordinator: sc } }],
      emails: [{ template: "role-changed", to: sc }],
    }));
    const announce = () => w.db.transaction((tx) => announceRelease(tx, { productCode: product!.code, version: "2027.1" }));
    await expectEffects(w.db, announce, {
      audit: [{ action: "product.release_announced", accountId: account, contractId, targetType: "contract", targetId: contractId, actorId: null, after: { recipient: sc }, sideEffectRules: ["CL-9"] }],
      emails: [{ template: "release-notes", to: sc }],
    });
    expect(await expectNoEffects(w.db, announce)).toMatchObject({ recipients: [], alreadyTold: [contractId] });
  });

  it("HB-7 AU-1 an invitation past its 7 days expires: one event on the hub and its account, no email; running again writes nothing", async () => {
    const id = randomUUID();
    await w.db.insert(invitations).values({ id, hubId, email: email("late"), hubRole: "hub_member", tokenHash: newInvitationToken(id).hash, invitedBy: w.pid("hubAdmin"), expiresAt: new Date(Date.now() - 60_000) });
    await expectEffects(w.db, () => expireInvitations(w.db), {
      audit: [{ action: "invitation.expired", accountId: account, hubId, targetType: "invitation", targetId: id, actorId: null, before: { status: "pending" }, after: { status: "expired" }, sideEffectRules: ["HB-7"] }],
    });
    expect(await expectNoEffects(w.db, () => expireInvitations(w.db))).toBe(0);
  });

  it("PR-2 EM-1 AU-1 a declined request to join a project: one event on the hub, and the requester is emailed the outcome; deciding it again writes nothing", async () => {
    const to = email("asker");
    const requester = await addHubPerson(w.db, hubId, to, "hub_member");
    const [request] = await w.db.insert(joinRequests).values({ projectId: gearbox, personId: requester, message: "May I?" }).returning({ id: joinRequests.id });
    const decline = () => execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: request!.id, decision: "decline" });
    await expectEffects(w.db, decline, {
      audit: [{ action: "project.join_request_declined", hubId, targetType: "join_request", targetId: request!.id, before: { status: "pending" }, after: { status: "declined" } }],
      emails: [{ template: "join-request-decided", to, subject: /declined/ }],
    });
    expect(outcome(await expectNoEffects(w.db, decline))).not.toBe("allowed");
  });

  it("PR-4 AU-1 a hub administrator adds a member to a group and removes them: one event each on the hub", async () => {
    const personId = await addHubPerson(w.db, hubId, email("grouped"), "hub_member");
    const [group] = await w.db.select({ id: groups.id }).from(groups).where(eq(groups.name, "Mechanical Team"));
    const edit = (change: "add" | "remove") => () => execute(w.db, w.actor("hubAdmin"), editGroupMembers, { hubId, groupId: group!.id, personId, change });
    await expectEffects(w.db, edit("add"), { audit: [{ action: "group.member_added", hubId, targetType: "group", targetId: group!.id, after: { personId, change: "add" } }] });
    await expectEffects(w.db, edit("remove"), { audit: [{ action: "group.member_removed", hubId, targetType: "group", targetId: group!.id, after: { personId, change: "remove" } }] });
  });

  it("PR-1 AU-1 an Editor creates, renames and deletes content: each change writes its one event on the project's hub", async () => {
    const zoe = w.actor("projectContributor");
    const created = await expectEffects(w.db, () => execute(w.db, zoe, createItem, { projectId: gearbox, kind: "folder", name: "Effects" }), {
      audit: [{ action: "project.item_created", hubId, targetType: "project_item", targetId: ANY_ID, actorId: zoe.personId, after: { project: "Gearbox Redesign", kind: "folder", name: "Effects" } }],
    });
    if (!created.ok) throw new Error(created.message);
    const itemId = created.data.itemId;
    await expectEffects(w.db, () => execute(w.db, zoe, renameItem, { projectId: gearbox, itemId, name: "Effects 2" }), {
      audit: [{ action: "project.item_renamed", hubId, targetType: "project_item", targetId: itemId, before: { name: "Effects" }, after: { name: "Effects 2" } }],
    });
    await expectEffects(w.db, () => execute(w.db, zoe, deleteItem, { projectId: gearbox, itemId }), {
      audit: [{ action: "project.item_deleted", hubId, targetType: "project_item", targetId: itemId, before: { name: "Effects 2", kind: "folder" }, after: null }],
    });
  });

  it("AU-1 AU-2 a project member's role changes and removal name the person in the hub's log, not only their id (as every other event does)", async () => {
    const to = email("named");
    const personId = await addHubPerson(w.db, hubId, to, "hub_member");
    await w.db.insert(projectMembers).values({ projectId: gearbox, personId, role: "editor" });
    const label = `${to.split("@")[0]} <${to}>`;
    const nina = w.actor("hubAdmin");
    const event = (action: string, after: Record<string, unknown> | null) => ({ audit: [{ action, hubId, targetType: "person", targetId: personId, targetLabel: label, after }] });
    await expectEffects(w.db, () => execute(w.db, nina, changeProjectRole, { projectId: gearbox, personId, role: "viewer" }), event("project.member_role_changed", { role: "Viewer", project: "Gearbox Redesign" }));
    await expectEffects(w.db, () => execute(w.db, nina, promoteProjectAdmin, { projectId: gearbox, personId }), event("project.member_role_changed", { role: "Project Administrator", project: "Gearbox Redesign" }));
    await expectEffects(w.db, () => execute(w.db, nina, removeProjectMember, { projectId: gearbox, personId }), event("project.member_removed", null));
  });
});
