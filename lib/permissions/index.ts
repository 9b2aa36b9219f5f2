// The policy's public API, client-safe: rules, the catalogue, decide and its helpers, effects and
// navigation, all pure. The database loaders are "@/lib/permissions/facts" (server-only); the
// permission matrix is "@/lib/permissions/matrix". See README.md here.
export { RULES, RULE_IDS, RULE_AREA_LABELS, isRuleId, ruleById, type Rule, type RuleArea, type RuleId } from "./rules";
export {
  ACTION_GROUPS,
  ACTION_KEYS,
  CATALOG,
  catalogEntry,
  isActionKey,
  type ActionGroup,
  type ActionKey,
  type CatalogEntry,
  type ResourceKind,
  type ResourceKindOf,
} from "./catalog";
export type * from "./types";
export { allow, deny, hidden, type Decision } from "./decision";
export { decide } from "./decide";
export {
  HUB_ROLE_LABELS,
  INVITATION_STATE_MACHINE,
  INVITATION_STATES,
  INVITATION_TRANSITIONS,
  INVITATION_TTL_DAYS,
  invitationState,
  invitationStateWords,
  nextInvitationState,
  type InvitationState,
  type InvitationTransition,
  PROJECT_MEMBER_CAP,
  allowedHubRoleChanges,
  hubInvitationStatusOnSend,
  projectShape,
  roleOnAccept,
} from "./hub-rules";
export { PROJECT_ROLE_LABELS, projectRoleRank } from "./decide-common";
export * from "./effects";
export * from "./navigation";
