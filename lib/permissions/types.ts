import type { ActionKey, ResourceKind, ResourceKindOf } from "./catalog";
import type { adminRole, contractChannel, contractManagement, hubRole, invitationMode, invitationStatus, joinRequestStatus, legacyVisibility, projectRole } from "../../db/schema";

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
};

export type ProjectMemberTargetFacts = { personId: string; hubRole: HubRole | null; projectRole: ProjectRole | null };

export type JoinRequestInfo = { requestId: string; requesterId: string; status: JoinRequestStatus };

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
/** `joinByDomain`: the actor's email domain is one of the hub's join domains (HB-3), loaded for `hubs.join`. */
export type HubResource = { kind: "hub"; hub: HubInfo; joinByDomain?: boolean };
export type HubMemberResource = { kind: "hubMember"; hub: HubInfo; target: HubTargetFacts };
export type HubRoleChangeResource = { kind: "hubRoleChange"; hub: HubInfo; target: HubTargetFacts; toRole: HubRole };
export type HubActivationChangeResource = { kind: "hubActivationChange"; hub: HubInfo; target: HubTargetFacts; toActive: boolean };
export type InvitationResource = { kind: "invitation"; hub: HubInfo; invitation: InvitationInfo };
export type ProjectResource = { kind: "project"; hub: HubInfo; project: ProjectInfo };
export type ProjectInviteResource = { kind: "projectInvite"; hub: HubInfo; project: ProjectInfo; invitee: ProjectInviteeFacts; role: ProjectRole };
export type ProjectGroupAddResource = { kind: "projectGroupAdd"; hub: HubInfo; project: ProjectInfo; groupAlreadyAdded: boolean };
export type ProjectMemberResource = { kind: "projectMember"; hub: HubInfo; project: ProjectInfo; target: ProjectMemberTargetFacts };
export type JoinRequestResource = { kind: "joinRequest"; hub: HubInfo; project: ProjectInfo; request: JoinRequestInfo };
export type ProjectTransferResource = { kind: "projectTransfer"; hub: HubInfo; project: ProjectInfo; destination: TransferDestinationFacts };
/** HB-3: whether the hub lets project content be shared by public link right now. */
export type ProjectShareResource = { kind: "projectShare"; hub: HubInfo; project: ProjectInfo; sharingEnabled: boolean };

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
  | ProjectShareResource;

/** The resource facts an action takes, e.g. `ResourceFor<"contracts.view">` is ContractResource. */
export type ResourceFor<K extends ActionKey> = Extract<ResourceFacts, { kind: ResourceKindOf<K> }>;

// Compile-time check: the catalogue's resource kinds and the union's kinds are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<ResourceFacts["kind"], ResourceKind> = true;
void kindsMatch;
