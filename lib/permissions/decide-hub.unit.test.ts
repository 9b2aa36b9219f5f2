import { describe } from "vitest";
import type { HubRole, HubTargetFacts, InvitationAcceptanceFacts, InvitationInfo, InvitationResource } from "./types";
import { contributor, decisionTable, folder, hub, hubAdmin, hubMember, HUB2, legacy, no, nobody, notFound, primary, when, yes } from "@/test/support/test-facts";

const hubRes = (over: Parameters<typeof hub>[0] = {}) => ({ kind: "hub", hub: hub(over) }) as const;
const target = (role: HubRole, active = true): HubTargetFacts => ({ personId: "target", role, active });
const roleChange = (from: HubRole, to: HubRole, admins = 2, active = true) => ({ kind: "hubRoleChange", hub: hub({ activeHubAdminCount: admins }), target: target(from, active), toRole: to }) as const;
const activation = (role: HubRole, toActive: boolean, admins = 2, active = !toActive) =>
  ({ kind: "hubActivationChange", hub: hub({ activeHubAdminCount: admins }), target: target(role, active), toActive }) as const;
const removal = (role: HubRole, admins = 2) => ({ kind: "hubMember", hub: hub({ activeHubAdminCount: admins }), target: target(role) }) as const;
const inv = (over: Partial<InvitationInfo> = {}): InvitationResource => ({
  kind: "invitation",
  hub: hub(),
  invitation: { invitationId: "inv-1", hubId: "hub-1", projectId: null, status: "pending", expired: false, addressedToActor: false, ...over },
});
const deactivated = hubMember({ active: false });
const leave = (role: HubRole, admins = 2, active = true) => ({ kind: "hubMember", hub: hub({ activeHubAdminCount: admins }), target: { personId: "me", role, active } }) as const;

describe("HB-3 and HB-6 hub administration", () => {
  decisionTable([
    when("HB-3 hub administrator renames the hub", hubAdmin(), "hubs.rename", hubRes(), yes("HB-3")),
    when("HB-3 hub administrator changes access (invitation mode, domains)", hubAdmin(), "hubs.manageAccess", hubRes(), yes("HB-3")),
    when("HB-3 hub administrator changes sharing", hubAdmin(), "hubs.manageSharing", hubRes(), yes("HB-3")),
    when("HB-3 hub administrator sees the members", hubAdmin(), "hubs.viewMembers", hubRes(), yes("HB-3")),
    when("HB-3 a Hub Member does not manage members", hubMember(), "hubs.viewMembers", hubRes(), no("HB-3")),
    when("HB-6 a Hub Member cannot rename the hub", hubMember(), "hubs.rename", hubRes(), no("HB-6")),
    when("HB-6 a Project Contributor cannot change sharing", contributor(), "hubs.manageSharing", hubRes(), no("HB-6")),
    when("HB-6 hub administrator invites people to the hub", hubAdmin(), "hubs.invite", hubRes(), yes("HB-6")),
    when("HB-6 admins_only: a Hub Member cannot invite to the hub", hubMember(), "hubs.invite", hubRes(), no("HB-6")),
    when("HB-3 approval_required: a Hub Member's invitation waits for approval", hubMember(), "hubs.invite", hubRes({ invitationMode: "approval_required" }), yes("HB-3")),
    when("HB-3 open: a Hub Member's invitation goes out", hubMember(), "hubs.invite", hubRes({ invitationMode: "open" }), yes("HB-3")),
    when("HB-6 a Project Contributor never invites to the hub, even in open mode", contributor(), "hubs.invite", hubRes({ invitationMode: "open" }), no("HB-6")),
    when("HB-3 someone who is not a member does not find the hub", hubMember({ hubId: HUB2 }), "hubs.view", hubRes(), notFound("HB-3")),
    when("HB-3 an account admin who is not a hub member does not find the hub", primary, "hubs.rename", hubRes(), notFound("HB-3")),
    when("HB-9 every active member opens the hub", contributor(), "hubs.view", hubRes(), yes("HB-9")),
    when("HB-3 hub administrator removes a member", hubAdmin(), "hubs.removeMember", removal("hub_member"), yes("HB-3")),
    when("HB-3 a Hub Member cannot remove members", hubMember(), "hubs.removeMember", removal("project_contributor"), no("HB-3")),
  ]);
});

describe("HB-6 and HB-10 hub role changes", () => {
  decisionTable([
    when("HB-10 Hub Member to Hub Administrator", hubAdmin(), "hubs.changeRole", roleChange("hub_member", "hub_admin"), yes("HB-10")),
    when("HB-10 Hub Member to Project Contributor", hubAdmin(), "hubs.changeRole", roleChange("hub_member", "project_contributor"), yes("HB-10")),
    when("HB-10 Hub Administrator to Hub Member", hubAdmin(), "hubs.changeRole", roleChange("hub_admin", "hub_member"), yes("HB-10")),
    when("HB-10 LP-4 Project Contributor to Hub Member", hubAdmin(), "hubs.changeRole", roleChange("project_contributor", "hub_member"), yes("LP-4")),
    when("HB-10 Project Contributor straight to Hub Administrator is refused", hubAdmin(), "hubs.changeRole", roleChange("project_contributor", "hub_admin"), no("HB-10")),
    when("HB-10 Hub Administrator straight to Project Contributor is refused", hubAdmin(), "hubs.changeRole", roleChange("hub_admin", "project_contributor"), no("HB-10")),
    when("HB-10 changing to the same role is refused", hubAdmin(), "hubs.changeRole", roleChange("hub_member", "hub_member"), no("HB-10")),
    when("HB-6 a Hub Member cannot change hub roles", hubMember(), "hubs.changeRole", roleChange("project_contributor", "hub_member"), no("HB-6")),
    when("HB-6 LP-4 a Project Contributor cannot promote themself", contributor(), "hubs.changeRole", roleChange("project_contributor", "hub_member"), no("HB-6")),
  ]);
});

describe("HB-8 deactivation and the last hub administrator", () => {
  decisionTable([
    when("HB-8 the last active hub administrator cannot be demoted", hubAdmin(), "hubs.changeRole", roleChange("hub_admin", "hub_member", 1), no("HB-8")),
    when("HB-8 an inactive hub administrator can be demoted when one active remains (HB-10)", hubAdmin(), "hubs.changeRole", roleChange("hub_admin", "hub_member", 1, false), yes("HB-10")),
    when("HB-8 the last active hub administrator cannot be deactivated", hubAdmin(), "hubs.changeActivation", activation("hub_admin", false, 1), no("HB-8")),
    when("HB-8 the last active hub administrator cannot be removed", hubAdmin(), "hubs.removeMember", removal("hub_admin", 1), no("HB-8")),
    when("HB-8 HB-3 one of two hub administrators can be removed", hubAdmin(), "hubs.removeMember", removal("hub_admin", 2), yes("HB-3")),
    when("HB-6 hub administrator deactivates a member", hubAdmin(), "hubs.changeActivation", activation("hub_member", false), yes("HB-6")),
    when("HB-6 hub administrator reactivates a member", hubAdmin(), "hubs.changeActivation", activation("hub_member", true), yes("HB-6")),
    when("HB-8 deactivating a deactivated member is refused", hubAdmin(), "hubs.changeActivation", activation("hub_member", false, 2, false), no("HB-8")),
    when("HB-6 a Hub Member cannot change activation", hubMember(), "hubs.changeActivation", activation("hub_member", false), no("HB-6")),
    when("HB-8 a deactivated member cannot open the hub", deactivated, "hubs.view", hubRes(), no("HB-8")),
    when("HB-8 a deactivated hub administrator cannot rename the hub", hubAdmin({ active: false }), "hubs.rename", hubRes(), no("HB-8")),
    when("HB-8 a deactivated hub administrator cannot change roles", hubAdmin({ active: false }), "hubs.changeRole", roleChange("hub_member", "hub_admin"), no("HB-8")),
    when("HB-8 a deactivated member cannot invite", deactivated, "hubs.invite", hubRes({ invitationMode: "open" }), no("HB-8")),
    when("HB-8 a deactivated member cannot accept a project invitation of their hub", deactivated, "invitations.respond", inv({ addressedToActor: true, projectId: "project-1" }), no("HB-8")),
    when("HB-8 HB-7 an active member accepts a project invitation of their hub", hubMember(), "invitations.respond", inv({ addressedToActor: true, projectId: "project-1" }), yes("HB-7")),
    when("HB-8 a deactivated member may leave the hub", deactivated, "hubs.leave", leave("hub_member", 2, false), yes("HB-8")),
    when("HB-8 a deactivated hub administrator may leave even when one active administrator remains", hubAdmin({ active: false }), "hubs.leave", leave("hub_admin", 1, false), yes("HB-8")),
    when("HB-8 the last active hub administrator still cannot leave", hubAdmin(), "hubs.leave", leave("hub_admin", 1), no("HB-8")),
    when("HB-8 HB-3 a non-member does not find the hub to leave", primary, "hubs.leave", leave("hub_member"), notFound("HB-3")),
  ]);
});

describe("HB-7 invitations", () => {
  decisionTable([
    when("HB-7 hub administrator sees sent invitations", hubAdmin(), "invitations.viewSent", hubRes(), yes("HB-7")),
    when("HB-7 a Hub Member does not see sent invitations", hubMember(), "invitations.viewSent", hubRes(), no("HB-7")),
    when("HB-7 hub administrator resends a pending invitation", hubAdmin(), "invitations.resend", inv(), yes("HB-7")),
    when("HB-7 hub administrator resends an expired invitation", hubAdmin(), "invitations.resend", inv({ status: "expired", expired: true }), yes("HB-7")),
    when("HB-7 an accepted invitation cannot be resent", hubAdmin(), "invitations.resend", inv({ status: "accepted" }), no("HB-7")),
    when("HB-7 a cancelled invitation cannot be resent", hubAdmin(), "invitations.resend", inv({ status: "cancelled" }), no("HB-7")),
    when("HB-7 hub administrator cancels a pending invitation", hubAdmin(), "invitations.cancel", inv(), yes("HB-7")),
    when("HB-7 an expired invitation cannot be cancelled", hubAdmin(), "invitations.cancel", inv({ expired: true }), no("HB-7")),
    when("HB-7 a declined invitation cannot be cancelled", hubAdmin(), "invitations.cancel", inv({ status: "declined" }), no("HB-7")),
    when("HB-7 a Hub Member cannot resend invitations", hubMember(), "invitations.resend", inv(), no("HB-7")),
    when("HB-7 an invitation of another hub is not found", hubAdmin(), "invitations.cancel", inv({ hubId: HUB2 }), notFound("HB-7")),
    when("HB-7 the invitee accepts or declines their pending invitation", contributor({ hubId: HUB2 }), "invitations.respond", inv({ addressedToActor: true }), yes("HB-7")),
    when("HB-7 an expired invitation says so", primary, "invitations.respond", inv({ addressedToActor: true, expired: true }), no("HB-7")),
    when("HB-7 a cancelled invitation says so", primary, "invitations.respond", inv({ addressedToActor: true, status: "cancelled" }), no("HB-7")),
    when("HB-7 an invitation answers only once", primary, "invitations.respond", inv({ addressedToActor: true, status: "accepted" }), no("HB-7")),
    when("HB-7 someone else's invitation is not found", primary, "invitations.respond", inv(), notFound("HB-7")),
    when("HB-7 an invitation awaiting approval was never sent to the invitee", primary, "invitations.respond", inv({ addressedToActor: true, status: "awaiting_approval" }), notFound("HB-7")),
    when("HB-7 everyone sees their own pending invitations", primary, "invitations.viewOwn", { kind: "portal" }, yes("HB-7")),
    when("HB-3 hub administrator approves a member's invitation", hubAdmin(), "invitations.approve", inv({ status: "awaiting_approval" }), yes("HB-3")),
    when("HB-3 hub administrator rejects a member's invitation", hubAdmin(), "invitations.reject", inv({ status: "awaiting_approval" }), yes("HB-3")),
    when("HB-3 only invitations awaiting approval can be approved", hubAdmin(), "invitations.approve", inv(), no("HB-3")),
    when("HB-3 a Hub Member cannot approve invitations", hubMember(), "invitations.approve", inv({ status: "awaiting_approval" }), no("HB-3")),
  ]);
});

describe("AU-2 a hub's activity log", () => {
  decisionTable([
    when("AU-2 hub administrator sees the hub's activity log", hubAdmin(), "activity.viewHub", hubRes(), yes("AU-2")),
    when("AU-2 a Hub Member does not see the hub's activity log", hubMember(), "activity.viewHub", hubRes(), no("AU-2")),
    when("AU-2 HB-3 the account's primary admin does not find a hub they are not in", primary, "activity.viewHub", hubRes(), notFound("HB-3")),
  ]);
});

// Issue 14: HB-8's memory of a departure, and the refusals that used to be thrown by services.
const joining = (departure: "removed" | "left_while_deactivated" | null, joinByDomain = true) => ({ kind: "hub", hub: hub(), joinByDomain, departure }) as const;
const inviting = (departure: "removed" | "left_while_deactivated" | null, invitationMode: "open" | "approval_required" | "admins_only" = "open") =>
  ({ kind: "hub", hub: hub({ invitationMode }), invitee: { departure } }) as const;
const addingDomain = (domain: string, publicMail: boolean) => ({ kind: "hub", hub: hub(), joinDomain: { domain, publicMail } }) as const;
const accept = (acceptance: Partial<InvitationAcceptanceFacts>, projectId: string | null = "project-1"): InvitationResource => ({
  ...inv({ addressedToActor: true, projectId }),
  acceptance: { project: null, projectRole: null, alreadyProjectMember: false, departure: null, ...acceptance },
});

describe("HB-8 Decision: the hub remembers a removal or a leaving while deactivated", () => {
  decisionTable([
    when("HB-8 someone a hub administrator removed cannot join again by domain", nobody, "hubs.join", joining("removed"), no("HB-8")),
    when("HB-8 someone who left while deactivated cannot join again by domain", nobody, "hubs.join", joining("left_while_deactivated"), no("HB-8")),
    when("HB-3 someone who left while active joins again by domain", nobody, "hubs.join", joining(null), yes("HB-3")),
    when("HB-3 a remembered person whose domain is not a join domain still does not find the hub", nobody, "hubs.join", joining("removed", false), notFound("HB-3")),
    when("HB-8 a Hub Member cannot invite back someone the hub remembers, even in open mode", hubMember(), "hubs.invite", inviting("removed"), no("HB-8")),
    when("HB-8 nor in approval-required mode", hubMember(), "hubs.invite", inviting("left_while_deactivated", "approval_required"), no("HB-8")),
    when("HB-6 HB-8 a hub administrator invites back someone the hub remembers", hubAdmin(), "hubs.invite", inviting("removed", "admins_only"), yes("HB-6")),
    when("HB-3 a Hub Member invites someone the hub does not remember", hubMember(), "hubs.invite", inviting(null), yes("HB-3")),
    when("HB-8 an invitation sent before the removal is not accepted", nobody, "invitations.respond", accept({ departure: { reason: "removed", invitedBackByAdmin: false } }, null), no("HB-8")),
    when("HB-8 HB-7 a hub administrator's later invitation is accepted", nobody, "invitations.respond", accept({ departure: { reason: "removed", invitedBackByAdmin: true } }, null), yes("HB-7")),
    when("HB-8 HB-7 declining needs no acceptance facts: a remembered person declines any invitation", nobody, "invitations.respond", inv({ addressedToActor: true }), yes("HB-7")),
  ]);
});

describe("HB-3 LP-2 LP-3 PR-6 decided by the policy, not thrown by services (issue 14)", () => {
  decisionTable([
    when("HB-3 a public-mail domain cannot be a join domain", hubAdmin(), "hubs.manageAccess", addingDomain("gmail.com", true), no("HB-3")),
    when("HB-3 a company domain can", hubAdmin(), "hubs.manageAccess", addingDomain("northwind.example", false), yes("HB-3")),
    when("HB-6 a Hub Member adds no domain, public or not", hubMember(), "hubs.manageAccess", addingDomain("gmail.com", true), no("HB-6")),
    when("LP-2 someone outside the hub cannot accept a project invitation to an Open project", nobody, "invitations.respond", accept({ project: legacy("open"), projectRole: "viewer" }), no("LP-2")),
    when("LP-2 a Project Contributor cannot either (they may have been demoted since)", contributor(), "invitations.respond", accept({ project: legacy("open"), projectRole: "viewer" }), no("LP-2")),
    when("LP-2 HB-7 a Hub Member accepts a project invitation to an Open project", hubMember(), "invitations.respond", accept({ project: legacy("open"), projectRole: "viewer" }), yes("HB-7")),
    when("LP-3 a would-be Project Contributor cannot accept Project Administrator of a legacy project", nobody, "invitations.respond", accept({ project: legacy("closed"), projectRole: "project_admin" }), no("LP-3")),
    when("LP-3 HB-7 as Project Administrator of a folder-level project they can (FP-3)", nobody, "invitations.respond", accept({ project: folder(), projectRole: "project_admin" }), yes("HB-7")),
    when("PR-6 accepting into a full project is refused", hubMember(), "invitations.respond", accept({ project: folder(500), projectRole: "viewer" }), no("PR-6")),
    when("PR-6 HB-7 someone already in the full project accepts (nobody is added)", hubMember(), "invitations.respond", accept({ project: folder(500), projectRole: "viewer", alreadyProjectMember: true }), yes("HB-7")),
    when("PR-6 HB-7 the 500th member accepts", hubMember(), "invitations.respond", accept({ project: folder(499), projectRole: "viewer" }), yes("HB-7")),
  ]);
});
