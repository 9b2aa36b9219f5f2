import type { ActionKey, ResourceKind, ResourceKindOf } from "./catalog";
import { deny, hidden, type Decision } from "./decision";
import type { AccountInfo, ActorAccountFacts, ActorFacts, ActorHubFacts, HubInfo, ProjectRole, ResourceFacts } from "./types";

/** Decides one action on one kind of resource. Keyed by resource kind so that actions on
 * the same kind can share a handler. */
export type Handler<R extends ResourceKind> = (actor: ActorFacts, resource: Extract<ResourceFacts, { kind: R }>) => Decision;
export type Handlers = { [K in ActionKey]: Handler<ResourceKindOf<K>> };

/**
 * The actor's roles in this account, or null when they have none: facts loaded for another
 * account count as none, so mismatched facts can never grant anything.
 */
export function accountRoles(actor: ActorFacts, account: AccountInfo): ActorAccountFacts | null {
  const a = actor.account;
  if (!a || a.accountId !== account.accountId) return null;
  const related = a.adminRole !== null || a.ssoAdmin || a.namedUser || a.classicUser || a.contractRoles.length > 0;
  return related ? a : null;
}

export const notYourAccount = (): Decision =>
  hidden("UM-7", "Nobody sees another account's users, contracts or settings");

/** The actor's membership of this hub (active or not), or null. */
export function hubMembership(actor: ActorFacts, hub: HubInfo): ActorHubFacts | null {
  const m = actor.hub;
  return m && m.hubId === hub.hubId ? m : null;
}

/**
 * Gate for hub-level actions: non-members get "not found"; a deactivated member is told
 * so (they know the hub) but reaches nothing (HB-8). Returns the active membership.
 */
export function activeHubMember(actor: ActorFacts, hub: HubInfo): ActorHubFacts | Decision {
  const m = hubMembership(actor, hub);
  if (!m) return hidden("HB-3", "Only the hub's members can reach it");
  if (!m.active) return deny("HB-8", "Your membership of this hub is deactivated: you reach neither the hub nor its projects until a hub administrator reactivates you");
  return m;
}

export function isDecision(value: object): value is Decision {
  return "allowed" in value;
}

export function actorProjectRole(actor: ActorFacts, projectId: string): ProjectRole | null {
  return actor.project && actor.project.projectId === projectId ? actor.project.role : null;
}

const RANK: Record<ProjectRole, number> = { viewer: 1, editor: 2, project_admin: 3 };

export const projectRoleRank = (role: ProjectRole): number => RANK[role];

export const PROJECT_ROLE_LABELS: Record<ProjectRole, string> = {
  project_admin: "Project Administrator",
  editor: "Editor",
  viewer: "Viewer",
};
