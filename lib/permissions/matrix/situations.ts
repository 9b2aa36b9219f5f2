import type { ActionKey } from "../catalog";
import { M, type MatrixContext } from "./personas";
import type {
  AccountInfo,
  AccountResource,
  ActorFacts,
  ContractInfo,
  GroupMemberChangeFacts,
  HubInfo,
  HubTargetFacts,
  InvitationAcceptanceFacts,
  InvitationInfo,
  JoinApprovalFacts,
  ProjectInviteeFacts,
  LegacyVisibility,
  ProjectInfo,
  ProjectResource,
  ResourceFor,
  TargetPersonFacts,
} from "../types";

/**
 * The typical situations each action is shown in. The mapped type makes a missing action
 * a compile error, so the matrix always covers the whole catalogue. A resource may depend
 * on the actor (e.g. "your own join request").
 */
export type Situation<K extends ActionKey> = {
  label: string;
  resource: ResourceFor<K> | ((actor: ActorFacts) => ResourceFor<K>);
  context?: Partial<MatrixContext>;
};
export type Situations = { [K in ActionKey]: readonly Situation<K>[] };

const hybrid: AccountInfo = { accountId: M.account, hasNamedContract: true, hasClassicContract: true };
const acct = (account: AccountInfo = hybrid): AccountResource => ({ kind: "account", account });
const classic: ContractInfo = { contractId: M.contract, accountId: M.account, management: "classic", channel: "online", hasCoordinator: true };
const named: ContractInfo = { contractId: M.namedContract, accountId: M.account, management: "named", channel: "online", hasCoordinator: false };
const namedCtx: Partial<MatrixContext> = { contract: { contractId: M.namedContract, management: "named" } };
const onClassic = { kind: "contract", account: hybrid, contract: classic } as const;
const onNamed = { kind: "contract", account: hybrid, contract: named } as const;

const person = (over: Partial<TargetPersonFacts> = {}): TargetPersonFacts => ({ personId: "p-target", namedUser: true, adminRole: null, ssoAdmin: false, adminOfOtherAccount: false, hasSignedIn: false, inOtherAccount: false, ...over });
const onPerson = (label: string, over: Partial<TargetPersonFacts> = {}) => ({ label, resource: { kind: "accountPerson", account: hybrid, target: person(over) } as const });

const hub: HubInfo = { hubId: M.hub, accountId: M.account, invitationMode: "admins_only", activeHubAdminCount: 2 };
const onHub = { kind: "hub", hub } as const;
const member = (role: HubTargetFacts["role"], active = true): HubTargetFacts => ({ personId: "p-target", role, active });
const lastAdminHub: HubInfo = { ...hub, activeHubAdminCount: 1 };

const invitation = (over: Partial<InvitationInfo>, acceptance?: Partial<InvitationAcceptanceFacts>): ResourceFor<"invitations.resend"> => ({
  kind: "invitation",
  hub,
  invitation: { invitationId: "inv-1", hubId: M.hub, projectId: null, status: "pending", expired: false, addressedToActor: false, ...over },
  ...(acceptance ? { acceptance: { project: null, projectRole: null, alreadyProjectMember: false, departure: null, ...acceptance } } : {}),
});
/** Accepting (not declining) a pending invitation addressed to the persona: the facts the policy checks then. */
const accepting = (label: string, projectInvite: boolean, acceptance: Partial<InvitationAcceptanceFacts>) => ({
  label,
  resource: invitation({ addressedToActor: true, projectId: projectInvite ? M.project : null }, acceptance),
});

const folder: ProjectInfo = { projectId: M.project, hubId: M.hub, memberCount: 12, kind: "folder", visibility: null };
const legacy = (visibility: LegacyVisibility, memberCount = 12): ProjectInfo => ({ projectId: M.project, hubId: M.hub, memberCount, kind: "legacy", visibility });
const onProject = (project: ProjectInfo): ProjectResource => ({ kind: "project", hub, project });

const sight = [
  { label: "folder-level project, not a member", resource: onProject(folder) },
  { label: "folder-level project, as Editor", resource: onProject(folder), context: { projectRole: "editor" } },
  { label: "legacy Open project, not a member", resource: onProject(legacy("open")) },
  { label: "legacy Closed project, not a member", resource: onProject(legacy("closed")) },
  { label: "legacy Secret project, not a member", resource: onProject(legacy("secret")) },
] as const satisfies readonly Situation<"projects.viewInList">[];

const asEditor = { projectRole: "editor" } as const;
const asProjectAdmin = { projectRole: "project_admin" } as const;
const invite = (label: string, project: ProjectInfo, role: "viewer" | "editor" | "project_admin", hubRole: HubTargetFacts["role"] | null = null, over: Partial<ProjectInviteeFacts> = {}) => ({
  label,
  resource: { kind: "projectInvite", hub, project, invitee: { hubRole, projectMember: false, active: true, departure: null, ...over }, role } as const,
  context: asEditor,
});
const groupAdd = (label: string, project: ProjectInfo, groupHoldsContributor = false) => ({
  label,
  resource: { kind: "projectGroupAdd", hub, project, groupAlreadyAdded: false, groupHoldsContributor } as const,
  context: asProjectAdmin,
});
const joinRequest = (label: string, project: ProjectInfo, approving?: JoinApprovalFacts, context: Partial<MatrixContext> = asProjectAdmin) => ({
  label,
  resource: { kind: "joinRequest", hub, project, request: { requestId: "jr-1", requesterId: "p-target", status: "pending" }, ...(approving ? { approving } : {}) } as const,
  context,
});
const groupMember = (label: string, over: Partial<GroupMemberChangeFacts> = {}, target: Partial<GroupMemberChangeFacts["target"]> = {}) => ({
  label,
  resource: { kind: "groupMember", hub, groupId: "group-1", change: "add", onOpenProject: false, ...over, target: { personId: "p-target", hubRole: "hub_member", active: true, ...target } } as const,
});
const makeAdmin = (label: string, project: ProjectInfo, hubRole: HubTargetFacts["role"]) => ({
  label,
  resource: { kind: "projectMember", hub, project, target: { personId: "p-target", hubRole, projectRole: "editor", directRole: "editor" } } as const,
  context: asProjectAdmin,
});

export const SITUATIONS: Situations = {
  "account.viewByUser": [{ label: "hybrid account", resource: acct() }, { label: "account without a named contract", resource: acct({ ...hybrid, hasNamedContract: false }) }],
  "account.viewByProduct": [{ label: "hybrid account", resource: acct() }],
  "account.viewClassic": [{ label: "hybrid account", resource: acct() }, { label: "account without a classic contract", resource: acct({ ...hybrid, hasClassicContract: false }) }],
  "namedUsers.view": [{ label: "hybrid account", resource: acct() }],
  "namedUsers.add": [{ label: "hybrid account", resource: acct() }],
  "namedUsers.edit": [onPerson("a named user who never signed in"), onPerson("a named user who has signed in", { hasSignedIn: true }), onPerson("a person who also belongs to another account", { inOtherAccount: true })],
  "namedUsers.remove": [onPerson("a named user"), onPerson("the primary admin", { adminRole: "primary" })],
  "namedUsers.assignProduct": [onPerson("a named user")],
  "namedUsers.unassignProduct": [onPerson("a named user")],
  "namedUsers.import": [{ label: "hybrid account", resource: acct() }],
  "namedUsers.export": [{ label: "hybrid account", resource: acct() }],
  "namedUsers.bulkChange": [{ label: "hybrid account", resource: acct() }],
  "admins.view": [{ label: "hybrid account", resource: acct() }],
  "admins.changePrimary": [onPerson("to a secondary admin", { adminRole: "secondary" }), onPerson("to a named user who is not an admin")],
  "admins.addSecondary": [onPerson("a named user"), onPerson("an admin of another account", { adminOfOtherAccount: true })],
  "admins.removeSecondary": [onPerson("a secondary admin", { adminRole: "secondary" }), onPerson("the primary admin", { adminRole: "primary" })],
  "admins.grantSso": [onPerson("a named user")],
  "admins.revokeSso": [onPerson("an SSO admin", { ssoAdmin: true })],
  "sso.view": [{ label: "hybrid account", resource: acct() }],
  "sso.manage": [{ label: "hybrid account", resource: acct() }],
  "contracts.viewList": [{ label: "hybrid account", resource: acct() }],
  "contracts.view": [{ label: "classic contract", resource: onClassic }, { label: "named contract", resource: onNamed, context: namedCtx }],
  "contracts.manageBilling": [{ label: "classic contract", resource: onClassic }, { label: "named contract", resource: onNamed, context: namedCtx }],
  "contracts.changeManager": [
    { label: "to another person", resource: { kind: "contractManagerChange", account: hybrid, contract: classic, newManager: { personId: "p-target", isCurrentManager: false, namedUser: false, adminRole: null, adminOfOtherAccount: false } } },
    { label: "with no replacement", resource: { kind: "contractManagerChange", account: hybrid, contract: classic, newManager: null } },
  ],
  "contracts.assignCoordinator": [{ label: "classic contract", resource: onClassic }],
  "contracts.removeCoordinator": [{ label: "classic contract with a coordinator", resource: onClassic }],
  "contracts.manageClassicUsers": [{ label: "classic contract", resource: onClassic }, { label: "named contract", resource: onNamed, context: namedCtx }],
  "contracts.manageClassicAccess": [{ label: "classic contract", resource: onClassic }],
  "contracts.previewMoveToNamed": [{ label: "classic contract", resource: onClassic }],
  "contracts.viewMismatches": [{ label: "hybrid account", resource: acct() }],
  "activity.viewAccount": [{ label: "hybrid account", resource: acct() }],
  "activity.viewContract": [{ label: "classic contract", resource: onClassic }],
  "activity.viewHub": [{ label: "the hub", resource: onHub }],
  "hubs.create": [{ label: "hybrid account", resource: acct() }],
  "hubs.view": [{ label: "the hub", resource: onHub }],
  "hubs.rename": [{ label: "the hub", resource: onHub }],
  "hubs.manageAccess": [
    { label: "the hub", resource: onHub },
    { label: "adding a public-mail join domain (gmail.com)", resource: { kind: "hub", hub, joinDomain: { domain: "gmail.com", publicMail: true } } },
  ],
  "hubs.manageSharing": [{ label: "the hub", resource: onHub }],
  "hubs.viewMembers": [{ label: "the hub", resource: onHub }],
  "hubs.join": [
    { label: "your email's domain is a join domain", resource: { kind: "hub", hub, joinByDomain: true } },
    { label: "your email's domain is not a join domain", resource: onHub },
    { label: "your email's domain is a join domain, but a hub administrator removed you", resource: { kind: "hub", hub, joinByDomain: true, departure: "removed" } },
    { label: "your email's domain is a join domain, but you left while deactivated", resource: { kind: "hub", hub, joinByDomain: true, departure: "left_while_deactivated" } },
  ],
  "hubs.leave": [
    { label: "yourself", resource: (actor) => ({ kind: "hubMember", hub, target: { personId: actor.personId, role: actor.hub?.role ?? "hub_member", active: actor.hub?.active ?? true } }) },
    { label: "yourself, the last active Hub Administrator", resource: (actor) => ({ kind: "hubMember", hub: lastAdminHub, target: { personId: actor.personId, role: actor.hub?.role ?? "hub_member", active: actor.hub?.active ?? true } }) },
  ],
  "hubs.invite": [
    { label: "mode: admins only", resource: onHub },
    { label: "mode: approval required", resource: { kind: "hub", hub: { ...hub, invitationMode: "approval_required" } } },
    { label: "mode: open", resource: { kind: "hub", hub: { ...hub, invitationMode: "open" } } },
    { label: "mode: open, someone a hub administrator removed", resource: { kind: "hub", hub: { ...hub, invitationMode: "open" }, invitee: { departure: "removed" } } },
  ],
  "hubs.changeRole": [
    { label: "Hub Member to Hub Administrator", resource: { kind: "hubRoleChange", hub, target: member("hub_member"), toRole: "hub_admin" } },
    { label: "Project Contributor to Hub Member", resource: { kind: "hubRoleChange", hub, target: member("project_contributor"), toRole: "hub_member" } },
    { label: "Project Contributor to Hub Administrator", resource: { kind: "hubRoleChange", hub, target: member("project_contributor"), toRole: "hub_admin" } },
    { label: "Hub Administrator to Project Contributor", resource: { kind: "hubRoleChange", hub, target: member("hub_admin"), toRole: "project_contributor" } },
    { label: "last active Hub Administrator to Hub Member", resource: { kind: "hubRoleChange", hub: lastAdminHub, target: member("hub_admin"), toRole: "hub_member" } },
  ],
  "hubs.changeActivation": [
    { label: "deactivate a Hub Member", resource: { kind: "hubActivationChange", hub, target: member("hub_member"), toActive: false } },
    { label: "deactivate the last active Hub Administrator", resource: { kind: "hubActivationChange", hub: lastAdminHub, target: member("hub_admin"), toActive: false } },
  ],
  "hubs.removeMember": [
    { label: "a Hub Member", resource: { kind: "hubMember", hub, target: member("hub_member") } },
    { label: "the last active Hub Administrator", resource: { kind: "hubMember", hub: lastAdminHub, target: member("hub_admin") } },
  ],
  "invitations.viewSent": [{ label: "the hub", resource: onHub }],
  "invitations.resendExpired": [{ label: "the hub", resource: onHub }],
  "invitations.resend": [{ label: "a pending invitation", resource: invitation({}) }, { label: "an accepted invitation", resource: invitation({ status: "accepted" }) }],
  "invitations.cancel": [{ label: "a pending invitation", resource: invitation({}) }],
  "invitations.approve": [{ label: "an invitation awaiting approval", resource: invitation({ status: "awaiting_approval" }) }],
  "invitations.reject": [{ label: "an invitation awaiting approval", resource: invitation({ status: "awaiting_approval" }) }],
  "invitations.viewOwn": [{ label: "anyone signed in", resource: { kind: "portal" } }],
  "invitations.respond": [
    { label: "pending, addressed to you", resource: invitation({ addressedToActor: true }) },
    { label: "pending project invitation of this hub, addressed to you", resource: invitation({ addressedToActor: true, projectId: M.project }) },
    { label: "expired, addressed to you", resource: invitation({ addressedToActor: true, expired: true }) },
    { label: "addressed to someone else", resource: invitation({}) },
    accepting("accepting a project invitation to a legacy Open project", true, { project: legacy("open"), projectRole: "viewer" }),
    accepting("accepting a project invitation as Project Administrator of a legacy Closed project", true, { project: legacy("closed"), projectRole: "project_admin" }),
    accepting("accepting a project invitation to a full project", true, { project: legacy("closed", 500), projectRole: "viewer" }),
    accepting("accepting a hub invitation sent before a hub administrator removed you", false, { departure: { reason: "removed", invitedBackByAdmin: false } }),
    accepting("accepting a hub administrator's invitation after you were removed", false, { departure: { reason: "removed", invitedBackByAdmin: true } }),
  ],
  "projects.viewInList": sight,
  "projects.open": sight,
  "projects.requestJoin": sight,
  "projects.create": [{ label: "the hub", resource: onHub }],
  "projects.readContent": [
    { label: "folder-level project, as Viewer", resource: onProject(folder), context: { projectRole: "viewer" } },
    { label: "legacy Open project, not a member", resource: onProject(legacy("open")) },
  ],
  "projects.editContent": [
    { label: "folder-level project, as Editor", resource: onProject(folder), context: asEditor },
    { label: "folder-level project, as Viewer", resource: onProject(folder), context: { projectRole: "viewer" } },
  ],
  "projects.transfer": [
    {
      label: "as project administrator, Hub Member of the destination",
      resource: { kind: "projectTransfer", hub, project: folder, destination: { hubId: M.otherHub, accountId: M.account, actorRole: "hub_member", actorActive: true } },
      context: asProjectAdmin,
    },
  ],
  "projects.invite": [
    invite("as Editor, an outsider as Viewer", folder, "viewer"),
    invite("as Editor, an outsider as Project Administrator", folder, "project_admin"),
    invite("as Editor, an outsider to a legacy Open project", { ...legacy("open") }, "viewer"),
    invite("as Editor, a Hub Member to a full project", { ...folder, memberCount: 500 }, "viewer", "hub_member"),
    invite("as Editor, a deactivated Hub Member", folder, "viewer", "hub_member", { active: false }),
    invite("as Editor, someone a hub administrator removed from the hub", folder, "viewer", null, { departure: "removed" }),
    invite("as Editor, a Project Contributor as Project Administrator of a legacy Closed project", legacy("closed"), "project_admin", "project_contributor"),
  ],
  "projects.addGroup": [
    groupAdd("as project administrator", folder),
    groupAdd("as project administrator, project full", { ...folder, memberCount: 500 }),
    groupAdd("as project administrator, a group holding Project Contributors, legacy Open project", legacy("open"), true),
  ],
  "projects.manageMembers": [
    { label: "as project administrator", resource: onProject(folder), context: asProjectAdmin },
    { label: "as Editor", resource: onProject(folder), context: asEditor },
  ],
  "projects.makeAdmin": [
    makeAdmin("a Project Contributor, folder-level project", folder, "project_contributor"),
    makeAdmin("a Project Contributor, legacy Closed project", legacy("closed"), "project_contributor"),
    makeAdmin("a Hub Member, legacy Closed project", legacy("closed"), "hub_member"),
  ],
  "projects.decideJoinRequest": [
    joinRequest("as project administrator", folder),
    joinRequest("not a member", folder, undefined, {}),
    joinRequest("approving, as project administrator", folder, { requesterHubRole: "hub_member", requesterActive: true }),
    joinRequest("approving, the requester left the hub since", folder, { requesterHubRole: null, requesterActive: false }),
    joinRequest("approving, the requester was deactivated since", folder, { requesterHubRole: "hub_member", requesterActive: false }),
    joinRequest("approving, the requester became a Project Contributor, legacy Open project", legacy("open"), { requesterHubRole: "project_contributor", requesterActive: true }),
    joinRequest("approving into a full project", { ...folder, memberCount: 500 }, { requesterHubRole: "hub_member", requesterActive: true }),
  ],
  "joinRequests.viewOwn": [
    { label: "your own request", resource: (actor) => ({ kind: "joinRequest", hub, project: folder, request: { requestId: "jr-1", requesterId: actor.personId, status: "declined" } }) },
  ],
  "groups.manage": [
    { label: "not a project administrator", resource: onHub },
    { label: "project administrator of a project", resource: onHub, context: { adminOfAnyProject: true } },
  ],
  "groups.editMembers": [
    groupMember("add a Hub Member"),
    groupMember("add a Project Contributor to a group in a legacy Open project", { onOpenProject: true }, { hubRole: "project_contributor" }),
    groupMember("add someone who is not in the hub", {}, { hubRole: null, active: false }),
    groupMember("add a deactivated member", {}, { active: false }),
    groupMember("take a member out", { change: "remove" }),
  ],
  "projects.share": [
    { label: "as project administrator, sharing on", resource: { kind: "projectShare", hub, project: folder, sharingEnabled: true }, context: asProjectAdmin },
    { label: "as project administrator, sharing off", resource: { kind: "projectShare", hub, project: folder, sharingEnabled: false }, context: asProjectAdmin },
    { label: "as Editor, sharing on", resource: { kind: "projectShare", hub, project: folder, sharingEnabled: true }, context: asEditor },
  ],
  "permissions.viewMatrix": [{ label: "anyone signed in", resource: { kind: "portal" } }],
};
