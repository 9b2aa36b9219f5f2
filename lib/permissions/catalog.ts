import type { RuleId } from "./rules";

/**
 * The catalogue of actions as data: what the portal offers, which rules govern each
 * action, and which kind of resource facts `decide` needs for it. The matrix page, the
 * action wrapper and the tests all read this one list.
 *
 * Each entry's handler is one hop away, under its own key, in the file of its resource's
 * area: portal, account and accountPerson → decide-account.ts; contract, contractManagerChange →
 * decide-contract.ts; hub, hubMember, hubRoleChange, hubActivationChange, invitation →
 * decide-hub.ts; project… and groupMember → decide-project.ts. Rules whose answer is a value, not a yes or
 * no (invitation status on send, role changes, member cap), live once in hub-rules.ts and
 * the handlers use them.
 */
export type ResourceKind =
  | "portal"
  | "account"
  | "accountPerson"
  | "contract"
  | "contractManagerChange"
  | "hub"
  | "hubMember"
  | "hubRoleChange"
  | "hubActivationChange"
  | "invitation"
  | "project"
  | "projectInvite"
  | "projectGroupAdd"
  | "projectMember"
  | "joinRequest"
  | "projectTransfer"
  // Hub projects (issue 10)
  | "projectShare"
  // Hardening (issue 14): group membership decided in the policy
  | "groupMember";

export type ActionGroup =
  | "accountViews"
  | "namedUsers"
  | "admins"
  | "sso"
  | "contracts"
  | "activity"
  | "hubs"
  | "hubMembers"
  | "invitations"
  | "projects"
  | "projectMembers"
  | "portal";

export const ACTION_GROUPS: readonly { group: ActionGroup; label: string }[] = [
  { group: "accountViews", label: "Account views" },
  { group: "namedUsers", label: "Named users (User Management)" },
  { group: "admins", label: "Admins" },
  { group: "sso", label: "Sign-in (SSO) settings" },
  { group: "contracts", label: "Contracts (Classic User Management)" },
  { group: "activity", label: "Activity log" },
  { group: "hubs", label: "Hubs" },
  { group: "hubMembers", label: "Hub members and roles" },
  { group: "invitations", label: "Hub invitations" },
  { group: "projects", label: "Projects" },
  { group: "projectMembers", label: "Project members, join requests and groups" },
  { group: "portal", label: "Portal" },
];

type Entry = { key: string; label: string; group: ActionGroup; rules: readonly RuleId[]; resource: ResourceKind };

export const CATALOG = [
  // Account views (HY-1: a view the account lacks is "not found")
  { key: "account.viewByUser", label: "Open By User", group: "accountViews", rules: ["HY-1", "UM-7", "HY-3"], resource: "account" },
  { key: "account.viewByProduct", label: "Open By Product", group: "accountViews", rules: ["HY-1", "UM-7", "HY-3"], resource: "account" },
  { key: "account.viewClassic", label: "Open Classic User Management", group: "accountViews", rules: ["HY-1", "UM-7", "CL-3", "CL-8"], resource: "account" },

  // Named users
  { key: "namedUsers.view", label: "See the named users", group: "namedUsers", rules: ["UM-7", "HY-3"], resource: "account" },
  { key: "namedUsers.add", label: "Add a named user", group: "namedUsers", rules: ["UM-5", "HY-2"], resource: "account" },
  { key: "namedUsers.edit", label: "Edit a named user", group: "namedUsers", rules: ["UM-5"], resource: "accountPerson" },
  { key: "namedUsers.remove", label: "Remove a named user", group: "namedUsers", rules: ["UM-5", "UM-10"], resource: "accountPerson" },
  { key: "namedUsers.assignProduct", label: "Assign a product to a named user", group: "namedUsers", rules: ["UM-5", "UM-9"], resource: "accountPerson" },
  { key: "namedUsers.unassignProduct", label: "Unassign a product from a named user", group: "namedUsers", rules: ["UM-5"], resource: "accountPerson" },
  { key: "namedUsers.import", label: "Import named users", group: "namedUsers", rules: ["UM-5"], resource: "account" },
  { key: "namedUsers.export", label: "Export named users", group: "namedUsers", rules: ["UM-5", "UM-7"], resource: "account" },
  { key: "namedUsers.bulkChange", label: "Change many named users at once (assign, unassign, remove)", group: "namedUsers", rules: ["UM-5", "UM-9", "UM-10"], resource: "account" },

  // Admins
  { key: "admins.view", label: "See the admins", group: "admins", rules: ["UM-7", "HB-1"], resource: "account" },
  { key: "admins.changePrimary", label: "Make a secondary admin the primary admin", group: "admins", rules: ["UM-2", "UM-4", "UM-1"], resource: "accountPerson" },
  { key: "admins.addSecondary", label: "Add a secondary admin", group: "admins", rules: ["UM-3", "UM-4"], resource: "accountPerson" },
  { key: "admins.removeSecondary", label: "Remove a secondary admin", group: "admins", rules: ["UM-3", "UM-10"], resource: "accountPerson" },
  { key: "admins.grantSso", label: "Grant the SSO admin role", group: "admins", rules: ["HB-1"], resource: "accountPerson" },
  { key: "admins.revokeSso", label: "Revoke the SSO admin role", group: "admins", rules: ["HB-1"], resource: "accountPerson" },

  // SSO
  { key: "sso.view", label: "See sign-in (SSO) settings", group: "sso", rules: ["HB-1"], resource: "account" },
  { key: "sso.manage", label: "Change sign-in (SSO) settings", group: "sso", rules: ["HB-1"], resource: "account" },

  // Contracts
  { key: "contracts.viewList", label: "See the contracts list", group: "contracts", rules: ["UM-7", "CL-3", "CL-8"], resource: "account" },
  { key: "contracts.view", label: "Open a contract", group: "contracts", rules: ["UM-7", "CL-8"], resource: "contract" },
  { key: "contracts.manageBilling", label: "Manage renewal and billing", group: "contracts", rules: ["CL-3", "UM-6", "CL-8"], resource: "contract" },
  { key: "contracts.changeManager", label: "Hand over the contract manager role", group: "contracts", rules: ["CL-4", "CL-1", "CL-5"], resource: "contractManagerChange" },
  { key: "contracts.assignCoordinator", label: "Assign or replace the software coordinator", group: "contracts", rules: ["CL-6", "CL-3"], resource: "contract" },
  { key: "contracts.removeCoordinator", label: "Remove the software coordinator", group: "contracts", rules: ["CL-6"], resource: "contract" },
  { key: "contracts.manageClassicUsers", label: "Add or remove classic users", group: "contracts", rules: ["CL-3", "CL-8", "HY-2"], resource: "contract" },
  { key: "contracts.manageClassicAccess", label: "Assign or unassign a classic user's products", group: "contracts", rules: ["CL-3", "CL-8", "CL-12"], resource: "contract" },
  // Classic User Management (issue 8)
  { key: "contracts.previewMoveToNamed", label: "Preview moving a classic contract to User Management (dry run)", group: "contracts", rules: ["UM-7", "CL-3", "UM-4", "CL-6"], resource: "contract" },
  { key: "contracts.viewMismatches", label: "See the mismatch report (people and roles that differ between the two views)", group: "contracts", rules: ["UM-7", "CL-3", "HY-2"], resource: "account" },

  // Activity log
  { key: "activity.viewAccount", label: "See the account's activity log", group: "activity", rules: ["AU-2"], resource: "account" },
  { key: "activity.viewContract", label: "See a contract's activity log", group: "activity", rules: ["AU-2"], resource: "contract" },
  { key: "activity.viewHub", label: "See a hub's activity log", group: "activity", rules: ["AU-2"], resource: "hub" },

  // Hubs
  { key: "hubs.create", label: "Create a hub", group: "hubs", rules: ["HB-1", "HB-2"], resource: "account" },
  { key: "hubs.view", label: "Open the hub", group: "hubs", rules: ["HB-8", "HB-9"], resource: "hub" },
  { key: "hubs.rename", label: "Rename the hub", group: "hubs", rules: ["HB-3", "HB-6"], resource: "hub" },
  { key: "hubs.manageAccess", label: "Change the invitation mode and join domains", group: "hubs", rules: ["HB-3", "HB-6"], resource: "hub" },
  { key: "hubs.manageSharing", label: "Turn public sharing on or off", group: "hubs", rules: ["HB-3", "HB-6"], resource: "hub" },
  { key: "hubs.viewMembers", label: "See the hub's members", group: "hubs", rules: ["HB-3"], resource: "hub" },
  // hubs (issue 9): joining by domain and leaving
  { key: "hubs.join", label: "Join a hub by my email's domain", group: "hubs", rules: ["HB-3", "HB-5", "HB-4", "HB-8"], resource: "hub" },
  { key: "hubs.leave", label: "Leave a hub", group: "hubMembers", rules: ["HB-8"], resource: "hubMember" },

  // Hub members
  { key: "hubs.invite", label: "Invite people to the hub", group: "hubMembers", rules: ["HB-6", "HB-3", "HB-5", "HB-8"], resource: "hub" },
  { key: "hubs.changeRole", label: "Change a member's hub role", group: "hubMembers", rules: ["HB-6", "HB-10", "HB-8", "LP-4"], resource: "hubRoleChange" },
  { key: "hubs.changeActivation", label: "Deactivate or reactivate a member", group: "hubMembers", rules: ["HB-6", "HB-8"], resource: "hubActivationChange" },
  { key: "hubs.removeMember", label: "Remove a member from the hub", group: "hubMembers", rules: ["HB-3", "HB-8", "HB-7"], resource: "hubMember" },

  // Invitations
  { key: "invitations.viewSent", label: "See sent invitations", group: "invitations", rules: ["HB-7"], resource: "hub" },
  { key: "invitations.resend", label: "Resend an invitation", group: "invitations", rules: ["HB-7"], resource: "invitation" },
  { key: "invitations.resendExpired", label: "Resend every expired invitation at once", group: "invitations", rules: ["HB-7"], resource: "hub" },
  { key: "invitations.cancel", label: "Cancel an invitation", group: "invitations", rules: ["HB-7"], resource: "invitation" },
  { key: "invitations.approve", label: "Approve a member's invitation", group: "invitations", rules: ["HB-3"], resource: "invitation" },
  { key: "invitations.reject", label: "Reject a member's invitation", group: "invitations", rules: ["HB-3"], resource: "invitation" },
  { key: "invitations.viewOwn", label: "See my pending invitations", group: "invitations", rules: ["HB-7"], resource: "portal" },
  { key: "invitations.respond", label: "Accept or decline my invitation", group: "invitations", rules: ["HB-7", "HB-5", "HB-8", "LP-2", "LP-3", "PR-6"], resource: "invitation" },

  // Projects
  { key: "projects.viewInList", label: "See a project's name", group: "projects", rules: ["HB-9", "FP-2", "FP-4", "LP-2", "LP-3", "LP-5", "LP-6"], resource: "project" },
  { key: "projects.open", label: "Open a project", group: "projects", rules: ["HB-8", "HB-9", "FP-2", "FP-4", "LP-2", "LP-5", "LP-6"], resource: "project" },
  { key: "projects.requestJoin", label: "Ask to join a project", group: "projects", rules: ["FP-4", "LP-5", "FP-2", "LP-3", "LP-6", "PR-2"], resource: "project" },
  { key: "projects.create", label: "Create a project", group: "projects", rules: ["FP-2", "FP-4", "LP-3", "LP-5"], resource: "hub" },
  { key: "projects.readContent", label: "Read a project's content", group: "projects", rules: ["PR-1", "FP-1", "LP-5"], resource: "project" },
  { key: "projects.editContent", label: "Create, rename and delete content", group: "projects", rules: ["PR-1", "FP-1"], resource: "project" },
  { key: "projects.transfer", label: "Transfer a project to another hub", group: "projects", rules: ["PR-5", "FP-3"], resource: "projectTransfer" },

  // Project members, join requests, groups
  { key: "projects.invite", label: "Invite a person to a project", group: "projectMembers", rules: ["FP-1", "FP-4", "LP-2", "LP-3", "PR-3", "PR-6", "HB-5", "HB-8"], resource: "projectInvite" },
  { key: "projects.addGroup", label: "Add a group to a project", group: "projectMembers", rules: ["PR-4", "PR-6", "PR-1", "FP-3", "LP-2"], resource: "projectGroupAdd" },
  { key: "projects.manageMembers", label: "Manage a project's members, roles and settings", group: "projectMembers", rules: ["PR-1", "HB-9"], resource: "project" },
  { key: "projects.makeAdmin", label: "Make a member project administrator", group: "projectMembers", rules: ["LP-3", "LP-5", "FP-3", "PR-1"], resource: "projectMember" },
  { key: "projects.decideJoinRequest", label: "Approve or decline a join request", group: "projectMembers", rules: ["PR-2", "PR-6", "HB-8", "HB-9", "FP-2", "LP-2"], resource: "joinRequest" },
  { key: "joinRequests.viewOwn", label: "See the outcome of my join request", group: "projectMembers", rules: ["PR-2"], resource: "joinRequest" },
  { key: "groups.manage", label: "Create and edit groups", group: "projectMembers", rules: ["PR-4", "FP-3"], resource: "hub" },
  { key: "groups.editMembers", label: "Add a person to a group, or take them out", group: "projectMembers", rules: ["PR-4", "FP-3", "LP-2", "HB-8"], resource: "groupMember" },

  // Hub projects (issue 10): public share links
  { key: "projects.share", label: "Create or revoke a public share link", group: "projects", rules: ["HB-3", "PR-1"], resource: "projectShare" },

  // Portal
  { key: "permissions.viewMatrix", label: "See the permission matrix", group: "portal", rules: ["UM-7"], resource: "portal" },
] as const satisfies readonly Entry[];

export type CatalogEntry = (typeof CATALOG)[number];
export type ActionKey = CatalogEntry["key"];
/** The resource kind an action applies to, e.g. `ResourceKindOf<"contracts.view">` is "contract". */
export type ResourceKindOf<K extends ActionKey> = Extract<CatalogEntry, { key: K }>["resource"];

export const ACTION_KEYS: readonly ActionKey[] = CATALOG.map((e) => e.key);

const entries = new Map<string, CatalogEntry>(CATALOG.map((e) => [e.key, e]));

export function isActionKey(value: string): value is ActionKey {
  return entries.has(value);
}

export function catalogEntry<K extends ActionKey>(key: K): Extract<CatalogEntry, { key: K }> {
  const entry = entries.get(key);
  if (!entry) throw new Error(`Unknown action ${key}`);
  return entry as Extract<CatalogEntry, { key: K }>;
}

/**
 * Rules that gate every action on a kind of resource before its own rules apply: who may
 * see the account (UM-7), which views it has (HY-1) and which roles count there (HY-3,
 * HB-1); who sees a contract and who runs it (UM-7, CL-8, CL-3, UM-6); hub membership
 * (HB-3 for the hub, HB-9 for its projects), deactivation (HB-8), and what the hub role
 * lets a member see of a project (FP, LP, PR-1). A decision names either one of these or
 * one of the action's own rules; a test checks it over the whole matrix.
 */
export const GATE_RULES: Record<ResourceKind, readonly RuleId[]> = {
  portal: [],
  account: ["UM-7", "HY-1", "HY-3", "HB-1"],
  accountPerson: ["UM-7", "HY-1", "HY-3", "HB-1"],
  contract: ["UM-7", "CL-8", "CL-3", "UM-6"],
  contractManagerChange: ["UM-7", "CL-8", "CL-3", "UM-6"],
  hub: ["HB-3", "HB-8"],
  hubMember: ["HB-3", "HB-8"],
  hubRoleChange: ["HB-3", "HB-8"],
  hubActivationChange: ["HB-3", "HB-8"],
  invitation: ["HB-3", "HB-8"],
  project: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  projectInvite: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  projectGroupAdd: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  projectMember: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  joinRequest: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  projectTransfer: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  projectShare: ["HB-9", "HB-8", "FP-1", "FP-2", "FP-4", "PR-1", "LP-2", "LP-3", "LP-5", "LP-6"],
  groupMember: ["HB-3", "HB-8"],
};
