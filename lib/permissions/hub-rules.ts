import type { HubRole, InvitationMode, InvitationStatus, LegacyVisibility, ProjectShape } from "./types";

/**
 * Pure helpers for the hub and project rules whose answer is a value rather than an
 * allow/deny: services call them so the behaviour lives in one tested place.
 */

export const HUB_ROLE_LABELS: Record<HubRole, string> = {
  hub_admin: "Hub Administrator",
  hub_member: "Hub Member",
  project_contributor: "Project Contributor",
};

/** HB-7 Decision: an invitation expires after 7 days; resending renews it. */
export const INVITATION_TTL_DAYS = 7;

/** PR-6 Decision: a project has at most 500 members; a group counts as one. */
export const PROJECT_MEMBER_CAP = 500;

const ROLE_CHANGES: Record<HubRole, readonly HubRole[]> = {
  project_contributor: ["hub_member"],
  hub_member: ["hub_admin", "project_contributor"],
  hub_admin: ["hub_member"],
};

/** HB-10 Decision (as in Fusion): the hub roles a member with role `from` may be changed to. */
export function allowedHubRoleChanges(from: HubRole): readonly HubRole[] {
  return ROLE_CHANGES[from];
}

/**
 * HB-5: the hub role a person has after accepting an invitation. Someone not in the hub
 * becomes a Hub Member (hub invitation) or a Project Contributor (project or folder
 * invitation). Someone already in the hub keeps their one role (HB-4): accepting an
 * invitation is not a role change, which only hub administrators make (HB-6).
 */
export function roleOnAccept(invitationKind: "hub" | "project", currentRole: HubRole | null): HubRole {
  if (currentRole) return currentRole;
  return invitationKind === "hub" ? "hub_member" : "project_contributor";
}

/**
 * HB-3 Decision: the status a new hub invitation starts in. Hub administrators' invitations
 * go out at once; a Hub Member's waits for approval in `approval_required` mode. `null`
 * when this inviter may not invite to the hub at all (decide says why).
 */
export function hubInvitationStatusOnSend(mode: InvitationMode, inviterRole: HubRole): "pending" | "awaiting_approval" | null {
  if (inviterRole === "hub_admin") return "pending";
  if (inviterRole === "project_contributor" || mode === "admins_only") return null;
  return mode === "approval_required" ? "awaiting_approval" : "pending";
}

/**
 * LP-1: turns stored columns into a project shape; a legacy project has exactly one of
 * Open / Closed / Secret and a folder-level project none. Throws on anything else, which
 * the database's check constraint should have made impossible.
 */
export function projectShape(kind: "folder" | "legacy", visibility: LegacyVisibility | null): ProjectShape {
  if (kind === "folder" && visibility === null) return { kind, visibility };
  if (kind === "legacy" && visibility !== null) return { kind, visibility };
  throw new Error(`LP-1: a ${kind} project cannot have visibility ${String(visibility)}`);
}

/** HB-7: what can happen to an invitation. `send` starts one; `expire` is the clock. */
export const INVITATION_TRANSITIONS = ["send", "approve", "reject", "resend", "cancel", "accept", "decline", "expire"] as const;
export type InvitationTransition = (typeof INVITATION_TRANSITIONS)[number];
/** An invitation's state as the rules see it: "none" before it is sent; a pending one past its expiry is "expired". */
export type InvitationState = "none" | InvitationStatus;
export const INVITATION_STATES: readonly InvitationState[] = ["none", "awaiting_approval", "pending", "accepted", "declined", "cancelled", "expired", "rejected"];

/**
 * HB-7 (and HB-3 for the approval step): the invitation state machine, as one table.
 * Each transition: the states it may start from and the state it leads to. `send` leads
 * to pending or awaiting approval (hubInvitationStatusOnSend decides which).
 */
export const INVITATION_STATE_MACHINE: Record<InvitationTransition, { from: readonly InvitationState[]; to: InvitationStatus; rule: "HB-7" | "HB-3" }> = {
  send: { from: ["none"], to: "pending", rule: "HB-7" },
  approve: { from: ["awaiting_approval"], to: "pending", rule: "HB-3" },
  reject: { from: ["awaiting_approval"], to: "rejected", rule: "HB-3" },
  resend: { from: ["pending", "expired"], to: "pending", rule: "HB-7" },
  cancel: { from: ["pending", "awaiting_approval"], to: "cancelled", rule: "HB-7" },
  accept: { from: ["pending"], to: "accepted", rule: "HB-7" },
  decline: { from: ["pending"], to: "declined", rule: "HB-7" },
  expire: { from: ["pending"], to: "expired", rule: "HB-7" },
};

/** The state an invitation is in for the rules: a stored `pending` past its expiry is `expired`. */
export function invitationState(status: InvitationStatus, expired: boolean): InvitationState {
  return status === "pending" && expired ? "expired" : status;
}

/** The state `transition` leads to from `state`, or null when HB-7's table does not allow it. */
export function nextInvitationState(state: InvitationState, transition: InvitationTransition): InvitationStatus | null {
  const t = INVITATION_STATE_MACHINE[transition];
  return t.from.includes(state) ? t.to : null;
}

const STATE_WORDS: Record<InvitationState, string> = {
  none: "not sent",
  awaiting_approval: "awaiting approval",
  pending: "pending",
  accepted: "already accepted",
  declined: "already declined",
  cancelled: "cancelled",
  expired: "expired",
  rejected: "rejected",
};
export const invitationStateWords = (state: InvitationState): string => STATE_WORDS[state];
