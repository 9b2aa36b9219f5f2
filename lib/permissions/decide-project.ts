import { allow, deny, hidden, type Decision } from "./decision";
import { activeHubMember, actorProjectRole, hubMembership, isDecision, PROJECT_ROLE_LABELS, projectRoleRank, type Handlers } from "./decide-common";
import { PROJECT_MEMBER_CAP } from "./hub-rules";
import type { ActorFacts, ActorHubFacts, HubInfo, HubRole, JoinApprovalFacts, ProjectInfo, ProjectRole } from "./types";

// Each refusal below is worded once, here; the services throw none of them (DESIGN.md: every
// refusal is the policy's), and pages show these sentences as they are.

/** LP-2, the one sentence every LP-2 decision says (sight, invitations, groups, accepting, join requests). */
export const LP2_TEXT = "Project Contributors cannot view, access, join or be invited to Open projects";
/** LP-3 for someone who would hold the Project Contributor role (invited or accepting). */
export const LP3_TEXT = "A Project Contributor cannot be project administrator of a legacy project";
/** PR-6 Decision. */
export const CAP_TEXT = `A project has at most ${PROJECT_MEMBER_CAP} members, and a group counts as one`;
/** HB-8 for a deactivated member someone wants to add to a project or a group. */
export const DEACTIVATED_TARGET_TEXT = "A deactivated member joins no project or group until a hub administrator reactivates them";
/** HB-8 Decision: a person the hub remembers (removed, or left while deactivated) comes back only by a hub administrator's invitation. */
export const DEPARTED_INVITEE_TEXT = "This person was removed from the hub, or left it while deactivated: only a hub administrator can invite them back";

/**
 * Whether an ACTIVE member with this hub role (and project role, if any) sees the project
 * at all (HB-9 with FP-2, FP-4, LP-2, LP-3, LP-5, LP-6). A project they may not see is
 * "not found".
 */
function sightFor(hubRole: HubRole, projectRole: ProjectRole | null, p: ProjectInfo): Decision {
  if (hubRole === "hub_admin") {
    return p.visibility === "secret"
      ? allow("LP-6", "Hub administrators see Secret projects in the hub's administration pages")
      : allow("HB-9", "Hub administrators see every project of the hub");
  }
  if (hubRole === "project_contributor") {
    if (p.visibility === "open") return hidden("LP-2", LP2_TEXT);
    if (projectRole) return allow("FP-1", "Project Contributors see the projects they belong to");
    return p.kind === "folder"
      ? hidden("FP-2", "Project Contributors cannot view projects they are not part of")
      : hidden("LP-3", "Project Contributors cannot view projects they are not part of");
  }
  if (projectRole) return allow("PR-1", "Project members see their project");
  if (p.kind === "folder") return allow("FP-4", "Hub Members see the name of every folder-level project of the hub");
  if (p.visibility === "open") return allow("LP-5", "Hub Members view Open projects");
  if (p.visibility === "closed") return allow("LP-5", "Hub Members view all Closed projects");
  return hidden("LP-6", "A Secret project is visible only to its members");
}

type Standing = { hubRole: HubRole; role: ProjectRole | null; sight: Decision };

/**
 * Gate for project actions. Non-members of the hub see nothing; a deactivated member
 * reaches nothing (HB-8) and is told so only about projects they could otherwise see.
 */
function standing(actor: ActorFacts, hub: HubInfo, p: ProjectInfo): Standing | Decision {
  const m = hubMembership(actor, hub);
  if (!m || p.hubId !== hub.hubId) return hidden("HB-9", "Only the hub's members see its projects");
  const role = actorProjectRole(actor, p.projectId);
  const sight = sightFor(m.role, role, p);
  if (!m.active) return { ...deny("HB-8", "Your membership of this hub is deactivated: you reach none of its projects until reactivated"), visible: sight.allowed };
  if (!sight.allowed) return sight;
  return { hubRole: m.role, role, sight };
}

/** Project content access (open / read). */
function access(s: Standing, p: ProjectInfo): Decision {
  if (s.role) return allow("PR-1", `As ${PROJECT_ROLE_LABELS[s.role]} you open this project`);
  if (p.visibility === "open") return allow("LP-5", "Hub Members view and access Open projects");
  if (s.hubRole === "hub_admin") return deny("HB-9", "Hub administrators manage this project's members; they open its content as project members");
  if (p.kind === "folder") return deny("FP-4", "Hub Members open only the folder-level projects they belong to: ask to join this one");
  return deny("LP-5", "Ask to join this Closed project to open it");
}

/** PR-1, HB-9: project administrators and hub administrators manage members. */
function managesMembers(s: Standing): Decision {
  if (s.hubRole === "hub_admin") return allow("HB-9", "Hub administrators manage every project's members");
  if (s.role === "project_admin") return allow("PR-1", "Project Administrators manage the project's members, roles, join requests and settings");
  return deny("PR-1", "Only the project's administrators and the hub's administrators manage its members");
}

/** People who would hold the Project Contributor role: PCs, and outsiders who join as one (HB-5). */
const wouldBeContributor = (hubRole: HubRole | null): boolean => hubRole === null || hubRole === "project_contributor";

export const capReached = (p: ProjectInfo): boolean => p.memberCount + 1 > PROJECT_MEMBER_CAP;

/** PR-2 approval: the requester's standing now (they may have left, been deactivated or demoted since asking). */
function approvalRefusal(a: JoinApprovalFacts, p: ProjectInfo): Decision | null {
  if (a.requesterHubRole === null) return deny("HB-9", "The requester is no longer a member of this hub, so their request can only be declined");
  if (!a.requesterActive) return deny("HB-8", "The requester's membership of this hub is deactivated, so their request can only be declined until a hub administrator reactivates them");
  if (a.requesterHubRole === "project_contributor") {
    return p.visibility === "open" ? deny("LP-2", LP2_TEXT) : deny("FP-2", "Project Contributors cannot join projects they are not part of: the requester has become one, so their request can only be declined");
  }
  if (capReached(p)) return deny("PR-6", CAP_TEXT);
  return null;
}

/** PR-4 with FP-3: hub administrators, and project administrators who are Hub Members, make and edit groups. */
function managesGroups(m: ActorHubFacts): Decision {
  if (m.role === "hub_admin") return allow("PR-4", "Hub administrators create and edit groups");
  if (m.role === "project_contributor") return deny("FP-3", "Project Contributors cannot create groups, even as project administrators");
  if (m.adminOfAnyProject) return allow("PR-4", "Project administrators who are Hub Members create and edit groups");
  return deny("PR-4", "Only hub administrators and project administrators who are Hub Members create groups");
}

export const projectHandlers = {
  "projects.viewInList": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    return isDecision(s) ? s : s.sight;
  },
  "projects.open": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    return isDecision(s) ? s : access(s, r.project);
  },
  "projects.readContent": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    const d = access(s, r.project);
    return d.allowed && s.role ? allow("PR-1", "Viewers, Editors and Project Administrators read the project's content") : d;
  },
  "projects.editContent": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.role === "editor" || s.role === "project_admin") return allow("PR-1", "Editors and Project Administrators create, rename and delete content");
    if (s.role === "viewer") return deny("PR-1", "Viewers read content; only Editors and Project Administrators change it");
    return deny("PR-1", "Only project members with the Editor or Project Administrator role change content");
  },
  "projects.requestJoin": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.role) return deny("PR-2", "You are already a member of this project");
    if (s.hubRole === "project_contributor") return deny("FP-2", "Project Contributors cannot join projects they are not part of");
    if (r.project.visibility === "secret") {
      return s.hubRole === "hub_admin"
        ? deny("LP-6", "There is nothing to request: hub administrators manage a Secret project's members from its page, and join it by adding themselves")
        : deny("LP-6", "Secret projects are joined by invitation only");
    }
    if (r.project.kind === "folder") return allow("FP-4", "Hub Members ask to join projects they are not in");
    return allow("LP-5", `Hub Members ask to join ${r.project.visibility === "open" ? "Open" : "Closed"} projects`);
  },
  "projects.create": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    if (m.role === "project_contributor") return deny("FP-2", "Project Contributors cannot create projects");
    return allow("FP-4", "Hub Members and hub administrators create projects");
  },
  "projects.manageMembers": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    return isDecision(s) ? s : managesMembers(s);
  },
  "projects.invite": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    const p = r.project;
    if (s.hubRole !== "hub_admin") {
      if (!s.role) return deny("PR-3", "Only the project's members invite people to it");
      if (projectRoleRank(r.role) > projectRoleRank(s.role)) {
        return deny("PR-3", `You invite with a project role no higher than your own (${PROJECT_ROLE_LABELS[s.role]})`);
      }
    }
    if (r.invitee.projectMember) return deny("PR-1", "This person is already a member of the project");
    if (!r.invitee.active) return deny("HB-8", DEACTIVATED_TARGET_TEXT);
    // HB-8 Decision: joining a project from outside the hub makes them a Project Contributor, so it is a way back in.
    if (r.invitee.departure && s.hubRole !== "hub_admin") return deny("HB-8", DEPARTED_INVITEE_TEXT);
    // Someone outside the hub would join as a Project Contributor (HB-5).
    if (p.visibility === "open" && wouldBeContributor(r.invitee.hubRole)) return deny("LP-2", LP2_TEXT);
    if (p.kind === "legacy" && r.role === "project_admin" && wouldBeContributor(r.invitee.hubRole)) return deny("LP-3", LP3_TEXT);
    if (capReached(p)) return deny("PR-6", CAP_TEXT);
    if (s.hubRole === "project_contributor") return allow("FP-1", "Project Contributors invite people to the projects they belong to");
    if (s.hubRole === "hub_member") return allow("FP-4", "Hub Members invite people to their projects");
    return allow("HB-9", "Hub administrators manage every project's members");
  },
  "projects.addGroup": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.hubRole === "project_contributor") return deny("FP-3", "Project Contributors neither create groups nor add them to projects, even as project administrators");
    const may = managesMembers(s);
    if (!may.allowed) return may;
    if (r.groupAlreadyAdded) return deny("PR-4", "This group is already in the project");
    // The group's members become the project's members (PR-4).
    if (r.project.visibility === "open" && r.groupHoldsContributor) return deny("LP-2", LP2_TEXT);
    if (capReached(r.project)) return deny("PR-6", CAP_TEXT);
    return allow("PR-4", "A group adds many people to the project at once and counts as one member");
  },
  "projects.makeAdmin": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    const may = managesMembers(s);
    if (!may.allowed) return may;
    if (r.target.projectRole === null) return deny("PR-1", "Add this person to the project before making them its administrator");
    if (r.target.projectRole === "project_admin") return deny("PR-1", "This person is already a Project Administrator");
    if (r.target.directRole === null) return deny("PR-1", "This person is in the project only through a group: add them to it directly before making them its administrator");
    if (wouldBeContributor(r.target.hubRole)) {
      return r.project.kind === "legacy"
        ? deny("LP-3", "A Project Contributor cannot be promoted to project administrator of a legacy project")
        : allow("FP-3", "A Project Contributor may administer a folder-level project, but still cannot create groups or transfer projects");
    }
    return r.project.kind === "legacy"
      ? allow("LP-5", "Hub Members can be made project administrator")
      : allow("PR-1", "Project Administrators manage the project");
  },
  "projects.decideJoinRequest": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.hubRole !== "hub_admin" && s.role !== "project_admin") {
      return deny("PR-2", "Only the project's administrators or a hub administrator approve or decline join requests");
    }
    if (r.request.status !== "pending") return deny("PR-2", `This request was already ${r.request.status}`);
    const refusal = r.approving ? approvalRefusal(r.approving, r.project) : null;
    if (refusal) return refusal;
    return allow("PR-2", "Project administrators and hub administrators approve or decline join requests");
  },
  "joinRequests.viewOwn": (actor, r) =>
    r.request.requesterId === actor.personId
      ? allow("PR-2", "The requester sees the outcome of their join request")
      : hidden("PR-2", "A join request's outcome is shown to the person who asked"),
  "projects.transfer": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.hubRole === "project_contributor") return deny("FP-3", "Project Contributors never transfer projects, even as project administrators");
    if (s.hubRole !== "hub_admin" && s.role !== "project_admin") {
      return deny("PR-5", "Only a hub administrator, or a project administrator who is a Hub Member, transfers a project");
    }
    const d = r.destination;
    // The portal's decision: accounts are isolated, so a project only moves between hubs of the same account (PR-5, UM-7).
    if (d.accountId !== r.hub.accountId) return hidden("PR-5", "A project moves only to another hub of the same account");
    if (d.hubId === r.hub.hubId) return deny("PR-5", "Pick another hub to transfer the project to");
    if (!d.actorActive || (d.actorRole !== "hub_member" && d.actorRole !== "hub_admin")) {
      return deny("PR-5", "You must be an active Hub Member or Hub Administrator of the destination hub");
    }
    return allow("PR-5", "The project moves without its members and groups, you become its project administrator there, and its public links stop working");
  },
  "projects.share": (actor, r) => {
    const s = standing(actor, r.hub, r.project);
    if (isDecision(s)) return s;
    if (s.role !== "project_admin") return deny("PR-1", "Only the project's administrators share its content by public link");
    if (!r.sharingEnabled) return deny("HB-3", "Public sharing is turned off for this hub by its administrators");
    return allow("HB-3", "Project Administrators share an item by a public read-only link while the hub allows sharing");
  },
  "groups.manage": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    return isDecision(m) ? m : managesGroups(m);
  },
  "groups.editMembers": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    const may = managesGroups(m);
    if (!may.allowed || r.change === "remove") return may;
    if (r.target.hubRole === null) return deny("PR-4", "A group holds only members of this hub");
    if (!r.target.active) return deny("HB-8", DEACTIVATED_TARGET_TEXT);
    // The group's members are members of its projects (PR-4), so LP-2 follows the group.
    if (r.target.hubRole === "project_contributor" && r.onOpenProject) return deny("LP-2", LP2_TEXT);
    return allow("PR-4", "A group's members get its role in every project the group is in");
  },
} satisfies Partial<Handlers>;
