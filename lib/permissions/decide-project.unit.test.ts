import { describe } from "vitest";
import type { HubRole, ProjectInfo, ProjectInviteeFacts, ProjectRole } from "./types";
import { contributor, decisionTable, folder, hub, hubAdmin, hubMember, HUB2, legacy, no, notFound, OTHER_ACC, primary, projectRes, when, yes } from "@/test/support/test-facts";

const invite = (project: ProjectInfo, role: ProjectRole, inviteeHubRole: HubRole | null = null, projectMember = false, over: Partial<ProjectInviteeFacts> = {}) =>
  ({ kind: "projectInvite", hub: hub(), project, invitee: { hubRole: inviteeHubRole, projectMember, active: true, departure: null, ...over }, role }) as const;
const promote = (project: ProjectInfo, hubRole: HubRole | null, projectRole: ProjectRole | null = "editor", directRole: ProjectRole | null = projectRole) =>
  ({ kind: "projectMember", hub: hub(), project, target: { personId: "target", hubRole, projectRole, directRole } }) as const;
const joinRequest = (status: "pending" | "approved" | "declined" = "pending", requesterId = "requester") =>
  ({ kind: "joinRequest", hub: hub(), project: folder(), request: { requestId: "jr-1", requesterId, status } }) as const;
const transfer = (actorRole: HubRole | null, actorActive = true, hubId = HUB2, project: ProjectInfo = folder(), accountId: string | null = hub().accountId) =>
  ({ kind: "projectTransfer", hub: hub(), project, destination: { hubId, accountId, actorRole, actorActive } }) as const;
const addGroup = (memberCount = 10, groupAlreadyAdded = false, project: ProjectInfo = folder(memberCount), groupHoldsContributor = false) =>
  ({ kind: "projectGroupAdd", hub: hub(), project, groupAlreadyAdded, groupHoldsContributor }) as const;
const hubRes = { kind: "hub", hub: hub() } as const;

const pcEditor = contributor({ projectRole: "editor" });
const pcAdmin = contributor({ projectRole: "project_admin", adminOfAnyProject: true });
const hmEditor = hubMember({ projectRole: "editor" });
const hmViewer = hubMember({ projectRole: "viewer" });
const hmAdmin = hubMember({ projectRole: "project_admin", adminOfAnyProject: true });

describe("FP-1 and FP-2 Project Contributors in folder-level projects", () => {
  decisionTable([
    when("FP-1 a Project Contributor sees a project they belong to", pcEditor, "projects.viewInList", projectRes(folder()), yes("FP-1")),
    when("FP-1 a Project Contributor opens their project (PR-1)", pcEditor, "projects.open", projectRes(folder()), yes("PR-1")),
    when("FP-1 a Project Contributor works with content as Editor (PR-1)", pcEditor, "projects.editContent", projectRes(folder()), yes("PR-1")),
    when("FP-1 a Project Contributor invites people to their project", pcEditor, "projects.invite", invite(folder(), "viewer"), yes("FP-1")),
    when("FP-2 a Project Contributor does not see projects they are not part of", contributor(), "projects.viewInList", projectRes(folder()), notFound("FP-2")),
    when("FP-2 a Project Contributor cannot open projects they are not part of", contributor(), "projects.open", projectRes(folder()), notFound("FP-2")),
    when("FP-2 a Project Contributor cannot join projects they are not part of", contributor(), "projects.requestJoin", projectRes(folder()), notFound("FP-2")),
    when("FP-2 a Project Contributor cannot create projects", contributor(), "projects.create", hubRes, no("FP-2")),
  ]);
});

describe("FP-3 Project Contributors as project administrators", () => {
  decisionTable([
    when("FP-3 a Project Contributor can be made administrator of a folder-level project", hmAdmin, "projects.makeAdmin", promote(folder(), "project_contributor"), yes("FP-3")),
    when("FP-3 a Project Contributor project administrator still cannot create groups", pcAdmin, "groups.manage", hubRes, no("FP-3")),
    when("FP-3 a Project Contributor project administrator still cannot transfer the project", pcAdmin, "projects.transfer", transfer("hub_member"), no("FP-3")),
    when("FP-3 PR-4 a Project Contributor project administrator does not add groups either", pcAdmin, "projects.addGroup", addGroup(), no("FP-3")),
    when("PR-1 LP-3 only a project member is made its administrator", hubAdmin(), "projects.makeAdmin", promote(folder(), "hub_member", null), no("PR-1")),
    when("FP-3 PR-1 a Project Contributor project administrator manages the project's members", pcAdmin, "projects.manageMembers", projectRes(folder()), yes("PR-1")),
  ]);
});

describe("FP-4 Hub Members in folder-level projects", () => {
  decisionTable([
    when("FP-4 a Hub Member sees the name of every folder-level project", hubMember(), "projects.viewInList", projectRes(folder()), yes("FP-4")),
    when("FP-4 a Hub Member opens only projects they belong to", hubMember(), "projects.open", projectRes(folder()), no("FP-4")),
    when("FP-4 a Hub Member asks to join a project they are not in", hubMember(), "projects.requestJoin", projectRes(folder()), yes("FP-4")),
    when("FP-4 a Hub Member creates projects", hubMember(), "projects.create", hubRes, yes("FP-4")),
    when("FP-4 a Hub Member invites people to their projects", hmEditor, "projects.invite", invite(folder(), "editor"), yes("FP-4")),
    when("FP-4 PR-3 a Hub Member who is not in the project does not invite to it", hubMember(), "projects.invite", invite(folder(), "viewer"), no("PR-3")),
    when("FP-4 a hub administrator creates projects", hubAdmin(), "projects.create", hubRes, yes("FP-4")),
  ]);
});

describe("LP-2 and LP-3 Project Contributors in legacy projects", () => {
  decisionTable([
    when("LP-2 a Project Contributor does not see Open projects", contributor(), "projects.viewInList", projectRes(legacy("open")), notFound("LP-2")),
    when("LP-2 a Project Contributor does not access Open projects even if listed as member", pcEditor, "projects.open", projectRes(legacy("open")), notFound("LP-2")),
    when("LP-2 a Project Contributor cannot join Open projects", contributor(), "projects.requestJoin", projectRes(legacy("open")), notFound("LP-2")),
    when("LP-2 a Project Contributor cannot be invited to an Open project", hmEditor, "projects.invite", invite(legacy("open"), "viewer", "project_contributor"), no("LP-2")),
    when("LP-2 someone outside the hub (a future Project Contributor) cannot be invited to an Open project", hmEditor, "projects.invite", invite(legacy("open"), "viewer", null), no("LP-2")),
    when("LP-2 a Hub Member can be invited to an Open project (FP-4)", hmEditor, "projects.invite", invite(legacy("open"), "viewer", "hub_member"), yes("FP-4")),
    when("LP-2 a Project Contributor can be invited to a Closed project (FP-4)", hmEditor, "projects.invite", invite(legacy("closed"), "viewer", "project_contributor"), yes("FP-4")),
    when("LP-2 a Project Contributor works in a Secret project they belong to (PR-1)", pcEditor, "projects.open", projectRes(legacy("secret")), yes("PR-1")),
    when("LP-3 a Project Contributor does not see Closed projects they are not part of", contributor(), "projects.viewInList", projectRes(legacy("closed")), notFound("LP-3")),
    when("LP-3 a Project Contributor does not see Secret projects they are not part of", contributor(), "projects.viewInList", projectRes(legacy("secret")), notFound("LP-3")),
    when("LP-3 a Project Contributor cannot be promoted to project administrator of a legacy project", hubAdmin(), "projects.makeAdmin", promote(legacy("closed"), "project_contributor"), no("LP-3")),
    when("LP-3 a Project Contributor cannot be invited as project administrator of a legacy project", hubAdmin(), "projects.invite", invite(legacy("secret"), "project_admin", "project_contributor"), no("LP-3")),
    when("LP-3 a Project Contributor cannot create projects (FP-2)", contributor(), "projects.create", hubRes, no("FP-2")),
  ]);
});

describe("LP-5 and LP-6 Hub Members in legacy projects", () => {
  decisionTable([
    when("LP-5 a Hub Member views Open projects", hubMember(), "projects.viewInList", projectRes(legacy("open")), yes("LP-5")),
    when("LP-5 a Hub Member accesses Open projects", hubMember(), "projects.open", projectRes(legacy("open")), yes("LP-5")),
    when("LP-5 a Hub Member reads an Open project's content", hubMember(), "projects.readContent", projectRes(legacy("open")), yes("LP-5")),
    when("LP-5 PR-1 a Hub Member who is not a member does not edit an Open project", hubMember(), "projects.editContent", projectRes(legacy("open")), no("PR-1")),
    when("LP-5 a Hub Member views all Closed projects", hubMember(), "projects.viewInList", projectRes(legacy("closed")), yes("LP-5")),
    when("LP-5 a Hub Member does not open a Closed project before joining", hubMember(), "projects.open", projectRes(legacy("closed")), no("LP-5")),
    when("LP-5 a Hub Member asks to join Closed projects", hubMember(), "projects.requestJoin", projectRes(legacy("closed")), yes("LP-5")),
    when("LP-5 a Hub Member can be made project administrator", hmAdmin, "projects.makeAdmin", promote(legacy("closed"), "hub_member"), yes("LP-5")),
    when("LP-5 a Hub Member invites people to legacy projects (FP-4)", hmEditor, "projects.invite", invite(legacy("closed"), "viewer", "hub_member"), yes("FP-4")),
    when("LP-6 a Secret project is not found for a Hub Member who is not in it", hubMember(), "projects.viewInList", projectRes(legacy("secret")), notFound("LP-6")),
    when("LP-6 a Secret project cannot be joined by request", hubMember(), "projects.requestJoin", projectRes(legacy("secret")), notFound("LP-6")),
    when("LP-6 a Secret project is visible to its members (PR-1)", hmViewer, "projects.viewInList", projectRes(legacy("secret")), yes("PR-1")),
    when("LP-6 Decision: hub administrators see Secret projects in administration pages", hubAdmin(), "projects.viewInList", projectRes(legacy("secret")), yes("LP-6")),
    when("LP-6 HB-9 hub administrators manage a Secret project's members", hubAdmin(), "projects.manageMembers", projectRes(legacy("secret")), yes("HB-9")),
  ]);
});

describe("HB-9 and HB-8 the hub role decides project rights", () => {
  decisionTable([
    when("HB-9 hub administrators see every folder-level project", hubAdmin(), "projects.viewInList", projectRes(folder()), yes("HB-9")),
    when("HB-9 hub administrators manage every project's members", hubAdmin(), "projects.manageMembers", projectRes(folder()), yes("HB-9")),
    when("HB-9 hub administrators open content only as project members", hubAdmin(), "projects.open", projectRes(folder()), no("HB-9")),
    when("HB-9 someone outside the hub does not find its projects", hubMember({ hubId: HUB2 }), "projects.viewInList", projectRes(folder()), notFound("HB-9")),
    when("HB-9 an account admin who is not a hub member does not find its projects", primary, "projects.open", projectRes(folder()), notFound("HB-9")),
    when("HB-9 a project of another hub is not found", hmEditor, "projects.open", { kind: "project", hub: hub(), project: { ...folder(), hubId: HUB2 } }, notFound("HB-9")),
    when("HB-8 a deactivated member cannot open their own project", hubMember({ active: false, projectRole: "editor" }), "projects.open", projectRes(folder()), no("HB-8")),
    when("HB-8 a deactivated member is told nothing about a Secret project they are not in", hubMember({ active: false }), "projects.viewInList", projectRes(legacy("secret")), notFound("HB-8")),
    when("HB-8 a deactivated member cannot create projects", hubMember({ active: false }), "projects.create", hubRes, no("HB-8")),
    when("HB-8 a deactivated hub administrator cannot approve join requests", hubAdmin({ active: false }), "projects.decideJoinRequest", joinRequest(), no("HB-8")),
  ]);
});

describe("PR-1 project roles", () => {
  decisionTable([
    when("PR-1 a Viewer reads content", hmViewer, "projects.readContent", projectRes(folder()), yes("PR-1")),
    when("PR-1 a Viewer does not create, rename or delete content", hmViewer, "projects.editContent", projectRes(folder()), no("PR-1")),
    when("PR-1 an Editor creates, renames and deletes content", hmEditor, "projects.editContent", projectRes(folder()), yes("PR-1")),
    when("PR-1 a Project Administrator edits content", hmAdmin, "projects.editContent", projectRes(folder()), yes("PR-1")),
    when("PR-1 a Project Administrator manages members and roles", hmAdmin, "projects.manageMembers", projectRes(folder()), yes("PR-1")),
    when("PR-1 an Editor does not manage members", hmEditor, "projects.manageMembers", projectRes(folder()), no("PR-1")),
    when("PR-1 an Editor cannot make someone project administrator", hmEditor, "projects.makeAdmin", promote(folder(), "hub_member"), no("PR-1")),
    when("PR-1 someone already administrator is not promoted twice", hmAdmin, "projects.makeAdmin", promote(folder(), "hub_member", "project_admin"), no("PR-1")),
    when("PR-1 inviting someone already in the project is refused", hmAdmin, "projects.invite", invite(folder(), "viewer", "hub_member", true), no("PR-1")),
  ]);
});

describe("PR-2 join requests", () => {
  decisionTable([
    when("PR-2 a project administrator approves or declines a join request", hmAdmin, "projects.decideJoinRequest", joinRequest(), yes("PR-2")),
    when("PR-2 a hub administrator approves or declines a join request", hubAdmin(), "projects.decideJoinRequest", joinRequest(), yes("PR-2")),
    when("PR-2 an Editor does not decide join requests", hmEditor, "projects.decideJoinRequest", joinRequest(), no("PR-2")),
    when("PR-2 a decided request cannot be decided again", hmAdmin, "projects.decideJoinRequest", joinRequest("approved"), no("PR-2")),
    when("PR-2 the requester sees the outcome", hubMember({ personId: "requester" }), "joinRequests.viewOwn", joinRequest("declined", "requester"), yes("PR-2")),
    when("PR-2 someone else's request outcome is not found", hubMember(), "joinRequests.viewOwn", joinRequest("declined", "requester"), notFound("PR-2")),
    when("PR-2 a member does not ask to join their own project", hmViewer, "projects.requestJoin", projectRes(folder()), no("PR-2")),
  ]);
});

describe("PR-3 invite with a role no higher than your own", () => {
  decisionTable([
    when("PR-3 an Editor invites an Editor (FP-4)", hmEditor, "projects.invite", invite(folder(), "editor"), yes("FP-4")),
    when("PR-3 an Editor cannot invite a Project Administrator", hmEditor, "projects.invite", invite(folder(), "project_admin"), no("PR-3")),
    when("PR-3 a Viewer cannot invite an Editor", hmViewer, "projects.invite", invite(folder(), "editor"), no("PR-3")),
    when("PR-3 a Project Contributor Editor cannot invite a Project Administrator", pcEditor, "projects.invite", invite(folder(), "project_admin"), no("PR-3")),
    when("PR-3 a Project Administrator invites a Project Administrator (FP-4)", hmAdmin, "projects.invite", invite(folder(), "project_admin", "hub_member"), yes("FP-4")),
    when("PR-3 HB-9 a hub administrator invites with any role", hubAdmin(), "projects.invite", invite(folder(), "project_admin", "hub_member"), yes("HB-9")),
  ]);
});

describe("PR-4 groups", () => {
  decisionTable([
    when("PR-4 a hub administrator creates and edits groups", hubAdmin(), "groups.manage", hubRes, yes("PR-4")),
    when("PR-4 a project administrator who is a Hub Member creates groups", hmAdmin, "groups.manage", hubRes, yes("PR-4")),
    when("PR-4 a Hub Member who administers no project does not create groups", hubMember(), "groups.manage", hubRes, no("PR-4")),
    when("PR-4 a project administrator adds a group to the project", hmAdmin, "projects.addGroup", addGroup(), yes("PR-4")),
    when("PR-4 a group already in the project is not added twice", hmAdmin, "projects.addGroup", addGroup(10, true), no("PR-4")),
    when("PR-4 PR-1 an Editor does not add groups", hmEditor, "projects.addGroup", addGroup(), no("PR-1")),
  ]);
});

describe("PR-5 transferring a project", () => {
  decisionTable([
    when("PR-5 a hub administrator transfers to a hub where they are a Hub Member", hubAdmin(), "projects.transfer", transfer("hub_member"), yes("PR-5")),
    when("PR-5 a project administrator who is a Hub Member transfers to a hub they administer", hmAdmin, "projects.transfer", transfer("hub_admin"), yes("PR-5")),
    when("PR-5 not to a hub where they are only a Project Contributor", hmAdmin, "projects.transfer", transfer("project_contributor"), no("PR-5")),
    when("PR-5 not to a hub they are not in", hubAdmin(), "projects.transfer", transfer(null), no("PR-5")),
    when("PR-5 not to a hub where they are deactivated", hubAdmin(), "projects.transfer", transfer("hub_member", false), no("PR-5")),
    when("PR-5 UM-7 a hub of another account is not found, even where they are Hub Administrator", hubAdmin(), "projects.transfer", transfer("hub_admin", true, HUB2, folder(), OTHER_ACC), notFound("PR-5")),
    when("PR-5 a hub that does not exist is not found", hubAdmin(), "projects.transfer", transfer(null, false, HUB2, folder(), null), notFound("PR-5")),
    when("PR-5 not to the same hub", hubAdmin(), "projects.transfer", transfer("hub_admin", true, "hub-1"), no("PR-5")),
    when("PR-5 an Editor who is a Hub Member cannot transfer", hmEditor, "projects.transfer", transfer("hub_admin"), no("PR-5")),
    when("PR-5 FP-3 never a Project Contributor", pcAdmin, "projects.transfer", transfer("hub_admin"), no("FP-3")),
  ]);
});

describe("PR-6 at most 500 members", () => {
  decisionTable([
    when("PR-6 the 500th member can be invited (FP-4)", hmAdmin, "projects.invite", invite(folder(499), "viewer", "hub_member"), yes("FP-4")),
    when("PR-6 the 501st member is refused", hmAdmin, "projects.invite", invite(folder(500), "viewer", "hub_member"), no("PR-6")),
    when("PR-6 a group counts as one: adding it to 499 members works (PR-4)", hmAdmin, "projects.addGroup", addGroup(499), yes("PR-4")),
    when("PR-6 a group cannot be added to a full project", hmAdmin, "projects.addGroup", addGroup(500), no("PR-6")),
    when("PR-6 even a hub administrator cannot pass the cap", hubAdmin(), "projects.invite", invite(folder(500), "viewer", "hub_member"), no("PR-6")),
  ]);
});


describe("HB-3 public share links (issue 10)", () => {
  const share = (sharingEnabled: boolean, project: ProjectInfo = folder()) => ({ kind: "projectShare", hub: hub(), project, sharingEnabled }) as const;
  decisionTable([
    when("HB-3 a project administrator shares an item while the hub's sharing is on", hmAdmin, "projects.share", share(true), yes("HB-3")),
    when("HB-3 nobody shares while the hub's sharing is off", hmAdmin, "projects.share", share(false), no("HB-3")),
    when("HB-3 PR-1 an Editor does not share", hmEditor, "projects.share", share(true), no("PR-1")),
    when("HB-3 PR-1 a Viewer does not share", hmViewer, "projects.share", share(true), no("PR-1")),
    when("HB-3 LP-6 a Secret project's link is not shared by someone who cannot see it", hubMember(), "projects.share", share(true, legacy("secret")), notFound("LP-6")),
  ]);
});

// Issue 14: refusals that used to be thrown by services, now decided here on loaded facts.
const approving = (project: ProjectInfo, requesterHubRole: HubRole | null, requesterActive = true) =>
  ({ kind: "joinRequest", hub: hub(), project, request: { requestId: "jr-1", requesterId: "requester", status: "pending" }, approving: { requesterHubRole, requesterActive } }) as const;
const groupEdit = (hubRole: HubRole | null, o: { onOpenProject?: boolean; active?: boolean; change?: "add" | "remove" } = {}) =>
  ({ kind: "groupMember", hub: hub(), groupId: "g-1", change: o.change ?? "add", onOpenProject: o.onOpenProject ?? false, target: { personId: "target", hubRole, active: o.active ?? true } }) as const;

describe("HB-8 who may be invited or added to a project (issue 14)", () => {
  decisionTable([
    when("HB-8 a deactivated member is not added to a project", hmAdmin, "projects.invite", invite(folder(), "viewer", "hub_member", false, { active: false }), no("HB-8")),
    when("HB-8 not even by a hub administrator", hubAdmin(), "projects.invite", invite(folder(), "viewer", "hub_member", false, { active: false }), no("HB-8")),
    when("HB-8 a project member cannot invite back someone a hub administrator removed", hmAdmin, "projects.invite", invite(folder(), "viewer", null, false, { departure: "removed" }), no("HB-8")),
    when("HB-8 a Project Contributor cannot either", pcEditor, "projects.invite", invite(folder(), "viewer", null, false, { departure: "left_while_deactivated" }), no("HB-8")),
    when("HB-8 HB-9 a hub administrator invites them back to a project", hubAdmin(), "projects.invite", invite(folder(), "viewer", null, false, { departure: "removed" }), yes("HB-9")),
    when("LP-3 a Project Contributor is not invited as Project Administrator of a legacy Closed project", hubAdmin(), "projects.invite", invite(legacy("closed"), "project_admin", "project_contributor"), no("LP-3")),
  ]);
});

describe("LP-2 groups on Open projects (issue 14)", () => {
  decisionTable([
    when("LP-2 a group holding Project Contributors is not added to an Open project", hmAdmin, "projects.addGroup", addGroup(10, false, legacy("open"), true), no("LP-2")),
    when("LP-2 PR-4 it is added to a Closed project", hmAdmin, "projects.addGroup", addGroup(10, false, legacy("closed"), true), yes("PR-4")),
    when("LP-2 PR-4 a group without Project Contributors is added to an Open project", hmAdmin, "projects.addGroup", addGroup(10, false, legacy("open"), false), yes("PR-4")),
    when("PR-4 a hub administrator adds a Hub Member to a group", hubAdmin(), "groups.editMembers", groupEdit("hub_member"), yes("PR-4")),
    when("LP-2 a Project Contributor does not join a group that is in an Open project", hubAdmin(), "groups.editMembers", groupEdit("project_contributor", { onOpenProject: true }), no("LP-2")),
    when("LP-2 PR-4 a Project Contributor joins a group in no Open project", hubAdmin(), "groups.editMembers", groupEdit("project_contributor"), yes("PR-4")),
    when("PR-4 a group holds only members of the hub", hubAdmin(), "groups.editMembers", groupEdit(null, { active: false }), no("PR-4")),
    when("HB-8 a deactivated member does not join a group", hubAdmin(), "groups.editMembers", groupEdit("hub_member", { active: false }), no("HB-8")),
    when("PR-4 anyone is taken out of a group", hubAdmin(), "groups.editMembers", groupEdit("project_contributor", { onOpenProject: true, change: "remove" }), yes("PR-4")),
    when("PR-4 a project administrator who is a Hub Member edits groups", hmAdmin, "groups.editMembers", groupEdit("hub_member"), yes("PR-4")),
    when("PR-4 a Hub Member who administers no project does not", hubMember(), "groups.editMembers", groupEdit("hub_member"), no("PR-4")),
    when("FP-3 a Project Contributor project administrator does not", pcAdmin, "groups.editMembers", groupEdit("hub_member"), no("FP-3")),
    when("HB-3 someone outside the hub does not find its groups", primary, "groups.editMembers", groupEdit("hub_member"), notFound("HB-3")),
  ]);
});

describe("PR-1 promoting a member who is in the project only through a group (issue 14)", () => {
  decisionTable([
    when("PR-1 a member only through a group is added directly before being made administrator", hubAdmin(), "projects.makeAdmin", promote(folder(), "hub_member", "editor", null), no("PR-1")),
    when("PR-1 LP-5 a direct member who also has a group role is promoted", hubAdmin(), "projects.makeAdmin", promote(legacy("closed"), "hub_member", "editor", "viewer"), yes("LP-5")),
  ]);
});

describe("PR-2 approving a join request checks the requester now (issue 14)", () => {
  decisionTable([
    when("PR-2 approving an active Hub Member's request", hmAdmin, "projects.decideJoinRequest", approving(folder(), "hub_member"), yes("PR-2")),
    when("HB-9 a requester who left the hub is not approved in", hmAdmin, "projects.decideJoinRequest", approving(folder(), null, false), no("HB-9")),
    when("HB-8 a requester deactivated since is not approved in", hubAdmin(), "projects.decideJoinRequest", approving(folder(), "hub_member", false), no("HB-8")),
    when("LP-2 a requester made Project Contributor since is not approved into an Open project", hubAdmin(), "projects.decideJoinRequest", approving(legacy("open"), "project_contributor"), no("LP-2")),
    when("FP-2 nor into a project they are not part of", hubAdmin(), "projects.decideJoinRequest", approving(folder(), "project_contributor"), no("FP-2")),
    when("PR-6 approving into a full project is refused", hubAdmin(), "projects.decideJoinRequest", approving(folder(500), "hub_member"), no("PR-6")),
    when("PR-6 PR-2 the 500th member is approved", hubAdmin(), "projects.decideJoinRequest", approving(folder(499), "hub_member"), yes("PR-2")),
    when("PR-2 declining needs no check of the requester", hubAdmin(), "projects.decideJoinRequest", joinRequest(), yes("PR-2")),
  ]);
});
