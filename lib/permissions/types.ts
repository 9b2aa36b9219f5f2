import type { ActionKey, ResourceKind, ResourceKindOf } from "./catalog";
import type { adminRole, contractChannel, contractManagement, hubDepartureReason, hubRole, invitationMode, invitationStatus, joinRequestStatus, legacyVisibility, projectRole } from "../../db/schema";

/**
 * Facts are plain data loaded from the database (facts.ts) for ONE request: the actor's
 * roles in the account / hub / project in question, and the resource's attributes.
 * `decide` reads nothing else, so tests build these objects by hand.
 */

// Enum values come from the schema so the policy cannot drift from the data model.
export type AdminRole = (typeof adminRole.enumValues)[number];
export type HubRole = (typeof hubRole.enumValues)[number];
export type ProjectRole = (typeof projectRole.enumValues)[number];
export type LegacyVisibility = (typeof legacyVisibility.enumValues)[number];
export type ContractManagement = (typeof contractManagement.enumValues)[number];
export type ContractChannel = (typeof contractChannel.enumValues)[number];
export type InvitationMode = (typeof invitationMode.enumValues)[number];
export type InvitationStatus = (typeof invitationStatus.enumValues)[number];
export type JoinRequestStatus = (typeof joinRequestStatus.enumValues)[number];
/** HB-8 Decision: why a hub remembers a person who is no longer in it (removed, or left while deactivated). */
export type DepartureReason = (typeof hubDepartureReason.enumValues)[number];

// ---------------------------------------------------------------- actor

/** One classic-view role the actor holds on a contract of the account in question. */
export type ContractRole = { contractId: string; management: ContractManagement; role: "manager" | "coordinator" };

/** The actor's roles in the account in question. `null` on ActorFacts = no relation at all. */
export type ActorAccountFacts = {
  accountId: string;
  adminRole: AdminRole | null;
  ssoAdmin: boolean;
  namedUser: boolean;
  /** A classic user of at least one of the account's contracts. */
  classicUser: boolean;
  /** Contract manager / software coordinator roles on this account's contracts (CL-2, CL-7: any number). */
  contractRoles: readonly ContractRole[];
};

/** The actor's membership of the hub in question (HB-4: one role). */
export type ActorHubFacts = {
  hubId: string;
  role: HubRole;
  active: boolean;
  /** Project administrator of at least one project of this hub, directly or through a group (PR-4). */
  adminOfAnyProject: boolean;
};

/** The actor's effective role in the project in question (the highest of direct and group roles). */
export type ActorProjectFacts = { projectId: string; role: ProjectRole };

export type ActorFacts = {
  personId: string;
  account: ActorAccountFacts | null;
  hub: ActorHubFacts | null;
  project: ActorProjectFacts | null;
};

// ---------------------------------------------------------------- resources

/** HY-1: which views the account has. */
export type AccountInfo = { accountId: string; hasNamedContract: boolean; hasClassicContract: boolean };

/** The person an account action targets (named user, admin-to-be, SSO admin-to-be). */
export type TargetPersonFacts = {
  personId: string;
  namedUser: boolean;
  adminRole: AdminRole | null;
  ssoAdmin: boolean;
  /** UM-4: primary or secondary admin of ANOTHER account. */
  adminOfOtherAccount: boolean;
  /** UM-5 Decision: the person has signed in at least once (their name is then their own). */
  hasSignedIn: boolean;
  /** UM-5 Decision: the person belongs to another account too (any role, or a member of its hubs). */
  inOtherAccount: boolean;
};

export type ContractInfo = {
  contractId: string;
  accountId: string;
  management: ContractManagement;
  channel: ContractChannel;
  hasCoordinator: boolean;
  /** The contract manager's name (or email), so UM-6 can name them to those who may see the contract; absent when the facts were built without it. */
  managerName?: string;
};

/** CL-4 / CL-5 preview facts about the proposed new contract manager. */
export type NewManagerFacts = {
  personId: string;
  isCurrentManager: boolean;
  namedUser: boolean;
  adminRole: AdminRole | null;
  adminOfOtherAccount: boolean;
};

export type HubInfo = {
  hubId: string;
  accountId: string;
  invitationMode: InvitationMode;
  /** HB-8: active hub administrators right now. */
  activeHubAdminCount: number;
};

export type HubTargetFacts = { personId: string; role: HubRole; active: boolean };

export type InvitationInfo = {
  invitationId: string;
  hubId: string;
  projectId: string | null;
  status: InvitationStatus;
  /** Past its expiry time, whatever the stored status says (computed by the loader: decide has no clock). */
  expired: boolean;
  /** The invitation's email is the actor's (HB-7: a link works only for the invited address). */
  addressedToActor: boolean;
};

/** LP-1 in the type: a legacy project has exactly one visibility, a folder-level project none. */
export type ProjectShape = { kind: "folder"; visibility: null } | { kind: "legacy"; visibility: LegacyVisibility };

/** `memberCount` counts people plus groups (PR-6: a group counts as one). */
export type ProjectInfo = { projectId: string; hubId: string; memberCount: number } & ProjectShape;

export type ProjectInviteeFacts = {
  /** The invitee's hub role; null when not in the hub (HB-5: they would join as Project Contributor). */
  hubRole: HubRole | null;
  projectMember: boolean;
  /** HB-8: false for a deactivated member of the hub (true when not in the hub). */
  active: boolean;
  /** HB-8 Decision: the hub remembers the invitee's departure; only a hub administrator invites them back. */
  departure: DepartureReason | null;
};

/** `projectRole`: effective (direct or through a group); `directRole`: their own row's, which promotion changes (PR-1). */
export type ProjectMemberTargetFacts = { personId: string; hubRole: HubRole | null; projectRole: ProjectRole | null; directRole: ProjectRole | null };

export type JoinRequestInfo = { requestId: string; requesterId: string; status: JoinRequestStatus };

/** PR-2 with HB-8, HB-9, FP-2, LP-2, PR-6: the requester's standing in the hub now, loaded when the request is being approved. */
export type JoinApprovalFacts = { requesterHubRole: HubRole | null; requesterActive: boolean };

/**
 * Facts for accepting an invitation (not for declining): HB-5's role on accepting is worked out by the
 * policy from the actor's membership; LP-2 / LP-3 / PR-6 are checked at the moment of accepting.
 */
export type InvitationAcceptanceFacts = {
  /** The invitation's project (member count read under the project row's lock, PR-6); null for a hub invitation. */
  project: ProjectInfo | null;
  projectRole: ProjectRole | null;
  /** Already a direct member of that project: accepting adds nobody (PR-6). */
  alreadyProjectMember: boolean;
  /**
   * HB-8 Decision: the hub remembers the invitee's departure. `invitedBackByAdmin`: this invitation was
   * sent after the departure by someone who is an active hub administrator now.
   */
  departure: { reason: DepartureReason; invitedBackByAdmin: boolean } | null;
};

/** PR-4 with LP-2: adding a person to a group (or taking them out), decided on the group's projects. */
export type GroupMemberChangeFacts = {
  groupId: string;
  change: "add" | "remove";
  /** The person's hub role (null: not in the hub) and activation (HB-8). */
  target: { personId: string; hubRole: HubRole | null; active: boolean };
  /** The group is in at least one Open legacy project: its members are that project's members (LP-2). */
  onOpenProject: boolean;
};

/** PR-5: the actor's standing in the destination hub. */
/** `accountId`: the destination hub's account (null when there is no such hub); PR-5 / UM-7 keep transfers inside the source hub's account. */
export type TransferDestinationFacts = { hubId: string; accountId: string | null; actorRole: HubRole | null; actorActive: boolean };

export type PortalResource = { kind: "portal" };
export type AccountResource = { kind: "account"; account: AccountInfo };
export type AccountPersonResource = { kind: "accountPerson"; account: AccountInfo; target: TargetPersonFacts };
export type ContractResource = { kind: "contract"; account: AccountInfo; contract: ContractInfo };
export type ContractManagerChangeResource = {
  kind: "contractManagerChange";
  account: AccountInfo;
  contract: ContractInfo;
  /** null = no replacement named (CL-1). */
  newManager: NewManagerFacts | null;
};
/**
 * `joinByDomain`: the actor's email domain is one of the hub's join domains (HB-3), loaded for `hubs.join`,
 * with `departure`: the hub remembers the actor's removal or leaving while deactivated (HB-8 Decision).
 * `invitee`: one address of a hub invitation (`hubs.invite`, decided per address): the hub remembers them.
 * `joinDomain`: the domain a hub administrator adds (`hubs.manageAccess`), and whether it is a public-mail one (HB-3).
 */
export type HubResource = {
  kind: "hub";
  hub: HubInfo;
  joinByDomain?: boolean;
  departure?: DepartureReason | null;
  invitee?: { departure: DepartureReason | null };
  joinDomain?: { domain: string; publicMail: boolean };
};
export type HubMemberResource = { kind: "hubMember"; hub: HubInfo; target: HubTargetFacts };
export type HubRoleChangeResource = { kind: "hubRoleChange"; hub: HubInfo; target: HubTargetFacts; toRole: HubRole };
export type HubActivationChangeResource = { kind: "hubActivationChange"; hub: HubInfo; target: HubTargetFacts; toActive: boolean };
/** `acceptance`: loaded when the invitee accepts (not when they decline), see InvitationAcceptanceFacts. */
export type InvitationResource = { kind: "invitation"; hub: HubInfo; invitation: InvitationInfo; acceptance?: InvitationAcceptanceFacts };
export type ProjectResource = { kind: "project"; hub: HubInfo; project: ProjectInfo };
export type ProjectInviteResource = { kind: "projectInvite"; hub: HubInfo; project: ProjectInfo; invitee: ProjectInviteeFacts; role: ProjectRole };
/** `groupHoldsContributor`: a Project Contributor of the hub is in the group (LP-2 on Open projects). */
export type ProjectGroupAddResource = { kind: "projectGroupAdd"; hub: HubInfo; project: ProjectInfo; groupAlreadyAdded: boolean; groupHoldsContributor: boolean };
export type ProjectMemberResource = { kind: "projectMember"; hub: HubInfo; project: ProjectInfo; target: ProjectMemberTargetFacts };
/** `approving`: present when the request is being approved (PR-2): the requester's standing now. */
export type JoinRequestResource = { kind: "joinRequest"; hub: HubInfo; project: ProjectInfo; request: JoinRequestInfo; approving?: JoinApprovalFacts };
export type ProjectTransferResource = { kind: "projectTransfer"; hub: HubInfo; project: ProjectInfo; destination: TransferDestinationFacts };
/** HB-3: whether the hub lets project content be shared by public link right now. */
export type ProjectShareResource = { kind: "projectShare"; hub: HubInfo; project: ProjectInfo; sharingEnabled: boolean };
/** PR-4: a change of a hub group's members. */
export type GroupMemberResource = { kind: "groupMember"; hub: HubInfo } & GroupMemberChangeFacts;

export type ResourceFacts =
  | PortalResource
  | AccountResource
  | AccountPersonResource
  | ContractResource
  | ContractManagerChangeResource
  | HubResource
  | HubMemberResource
  | HubRoleChangeResource
  | HubActivationChangeResource
  | InvitationResource
  | ProjectResource
  | ProjectInviteResource
  | ProjectGroupAddResource
  | ProjectMemberResource
  | JoinRequestResource
  | ProjectTransferResource
  | ProjectShareResource
  | GroupMemberResource;

/** The resource facts an action takes, e.g. `ResourceFor<"contracts.view">` is ContractResource. */
export type ResourceFor<K extends ActionKey> = Extract<ResourceFacts, { kind: ResourceKindOf<K> }>;

// Compile-time check: the catalogue's resource kinds and the union's kinds are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<ResourceFacts["kind"], ResourceKind> = true;
void kindsMatch;
