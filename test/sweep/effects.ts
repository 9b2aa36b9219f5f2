import { personas } from "@/lib/demo/personas";
import type { EmailKind } from "@/lib/outbox/enqueue-email";
import type { PrincipalKey } from "./principals";

/**
 * THE EFFECTS TABLE of the authorization sweep (issue 14): for every action whose door the
 * sweep finds allowed for someone, the audit events (AU-1) and outbox emails (EM-1) its allowed
 * cell must write, EXACTLY (no more, no fewer), checked with test/support/expect-effects.ts's
 * comparison in every allowed cell. Written from the use cases and ../shared/RULES.md, reviewed:
 * when the sweep prints a difference, compare it with the rules before changing a row.
 *
 * Notation. `ev(action, scope, [targetType, target], change?)`:
 * - scope: which of the event's scope columns (account_id, contract_id, hub_id) are set, and to
 *   what: the sweep's targets (test/sweep/world.ts: `account`, `contract`, `hub`, the transfer's
 *   `destinationHub`) or `new` (a row the change creates). A column not named must be null, so
 *   an event recorded on the wrong hub, or on no account, fails.
 * - target: `actor` (the cell's principal), `input.<path>` (a value of the cell's input, e.g.
 *   `input.personIds.0`), `person:<ref>` (the id of the person with that email, looked up in
 *   the cell's transaction, for people the change creates), `account`/`contract`/`hub`, `new`.
 * - change: `before`/`after` compared key by key where given; `rules`: rule ids its side effects
 *   must name.
 * `mail(template, to)`: to is an address, `input.<path>` (an address), `emailOf:<ref>` (the email
 * of a person id), or `principal:<key>`.
 */
export type Ref = string;
export type EffectAudit = {
  action: string;
  scope: { account?: Ref; contract?: Ref; hub?: Ref };
  target: readonly [string, Ref];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  rules?: string[];
};
export type EffectEmail = { template: EmailKind; to: Ref };
export type Effects = { audit: EffectAudit[]; emails: EffectEmail[] };
/** The cell a row is read for; `t` are the sweep's targets (ids), for values of before/after. */
export type EffectCell = { principal: PrincipalKey; t: Record<"accountId" | "contractId" | "hubId" | "projectId" | "destinationHubId", string> };
export type EffectRow = Effects | ((c: EffectCell) => Effects);

const A = { account: "account" };
const AC = { account: "account", contract: "contract" };
const AH = { account: "account", hub: "hub" };
const H = { hub: "hub" };

function ev(action: string, scope: EffectAudit["scope"], target: readonly [string, Ref], change: Pick<EffectAudit, "before" | "after" | "rules"> = {}): EffectAudit {
  return { action, scope, target, ...change };
}
const mail = (template: EmailKind, to: Ref): EffectEmail => ({ template, to });
/** The effects of one change: its events, then its emails. */
const fx = (audit: EffectAudit[], emails: EffectEmail[] = []): Effects => ({ audit, emails });

// The demo world's people the inputs name (test/sweep/inputs.ts).
const CHIDI = "chidi.okonkwo@northwind.example";
const KENJI = "kenji.watanabe@northwind.example";
const LENA = "lena.hoffmann@partner.example";
const JAMAL = "jamal.wright@partner.example";

// prettier-ignore
export const EFFECTS: Record<string, EffectRow> = {
  // ---- User Management: named users (UM-5, UM-10). A new named user is invited by email (EM-1);
  // products and removals are recorded, not emailed.
  addNamedUser:         fx([ev("named_user.added", A, ["named_user", "person:input.email"], { after: { email: "sweep.added@northwind.example", status: "invited" }, rules: ["EM-1"] })], [mail("named-user-invitation", "input.email")]),
  editNamedUser:        fx([ev("named_user.edited", A, ["named_user", "input.personId"], { before: { firstName: "Oscar" }, after: { firstName: "Renamed", lastName: "BySweep" } })]),
  removeNamedUser:      fx([ev("named_user.removed", A, ["named_user", "input.personId"], { after: null, rules: ["UM-10"] })]),
  bulkChangeNamedUsers: fx([ev("named_user.removed", A, ["named_user", "input.personIds.0"], { after: null, rules: ["UM-10"] })]),
  assignProduct:        fx([ev("named_user.product_assigned", A, ["named_user", "input.personId"])]),
  unassignProduct:      fx([ev("named_user.product_unassigned", A, ["named_user", "input.personId"])]),
  assignProductToUsers: fx([ev("named_user.product_assigned", A, ["named_user", "input.personIds.0"])]),
  importNamedUsersSpec: fx([ev("named_users.imported", A, ["account", "account"], { after: { added: ["sweep.imported@northwind.example"] } })], [mail("named-user-invitation", "sweep.imported@northwind.example")]),
  "POST /api/accounts/[accountId]/users/import": fx([ev("named_users.imported", A, ["account", "account"], { after: { added: ["sweep.routeimport@northwind.example"] } })], [mail("named-user-invitation", "sweep.routeimport@northwind.example")]),

  // ---- User Management: admins (UM-2, UM-3, HB-1). Whoever is given a role is told (EM-1 role changes).
  addSecondaryAdmin:    fx([ev("account.secondary_admin_granted", A, ["person", `person:${CHIDI}`], { after: { role: "secondary" } })], [mail("secondary-admin-granted", "input.email")]),
  removeSecondaryAdmin: fx([ev("account.secondary_admin_removed", A, ["person", "input.personId"], { before: { role: "secondary" }, after: { role: null }, rules: ["UM-3"] })]),
  changePrimaryAdmin:   fx([ev("account.primary_admin_changed", A, ["person", "input.personId"], { rules: ["UM-2"] })], [mail("role-changed", "emailOf:input.personId")]),
  grantSsoAdmin:        fx([ev("account.sso_admin_granted", A, ["person", `person:${CHIDI}`], { before: { ssoAdmin: false }, after: { ssoAdmin: true } })], [mail("role-changed", "input.email")]),
  revokeSsoAdmin:       fx([ev("account.sso_admin_revoked", A, ["person", "input.personId"], { before: { ssoAdmin: true }, after: { ssoAdmin: false } })]),

  // ---- Sign-in (SSO) settings (HB-1)
  addDomain:            fx([ev("account.domain_added", A, ["account_domain", "input.domain"], { before: null, after: { domain: "sweep-new.example" } })]),
  removeDomain:         fx([ev("account.domain_removed", A, ["account_domain", "input.domain"], { before: { domain: "northwind.example" }, after: null })]),
  setDomainEnforcement: fx([ev("account.sso_settings_changed", A, ["account_domain", "input.domain"], { before: { ssoEnforced: true }, after: { ssoEnforced: false } })]),

  // ---- Classic User Management (CL-3, CL-4, CL-5, CL-6): the contract's log (account and contract ids).
  // PU-3: a renewal emails the contract manager; CL-4: the new contract manager is emailed; the new
  // coordinator is told of their role. HY-2: classic changes touch no named user.
  addClassicUser:                  fx([ev("classic_user.added", AC, ["classic_user", "person:input.email"], { rules: ["HY-2"] })]),
  addClassicUsers:                 fx([ev("classic_user.added", AC, ["classic_user", "person:sweep.classic1@northwind.example"], { rules: ["HY-2"] }), ev("classic_user.added", AC, ["classic_user", "person:sweep.classic2@northwind.example"], { rules: ["HY-2"] })]),
  removeClassicUsers:              fx([ev("classic_user.removed", AC, ["classic_user", "input.personIds.0"], { after: null, rules: ["HY-2"] })]),
  assignClassicProductToUsers:     fx([ev("classic_user.product_assigned", AC, ["classic_user", "input.personIds.0"])]),
  unassignClassicProductFromUsers: fx([ev("classic_user.product_unassigned", AC, ["classic_user", "input.personIds.0"])]),
  renewContract:                   fx([ev("contract.renewed", AC, ["contract", "contract"], { rules: ["PU-3"] })], [mail("renewal-confirmation", "principal:contractManager")]),
  setAutoRenew:                    fx([ev("contract.auto_renew_changed", AC, ["contract", "contract"], { before: { autoRenew: true }, after: { autoRenew: false } })]),
  editBillingContact:              fx([ev("contract.billing_changed", AC, ["contract", "contract"], { after: { name: "Billing Sweep", email: "billing@northwind.example", address: "1 Sweep Road", purchaseOrderNumber: "PO-SWEEP" } })]),
  // The target contract has a coordinator (Aisha): assigning another replaces them (CL-6).
  assignSoftwareCoordinator:       fx([ev("contract.software_coordinator_replaced", AC, ["person", "person:input.email"], { before: { softwareCoordinator: personas.softwareCoordinator.email }, after: { softwareCoordinator: "sweep.newsc@northwind.example" } })], [mail("role-changed", "input.email")]),
  removeSoftwareCoordinator:       fx([ev("contract.software_coordinator_removed", AC, ["person", `person:${personas.softwareCoordinator.email}`], { after: { softwareCoordinator: null } })]),
  // The preview writes nothing (READ_ONLY_SPECS).
  previewContractManagerChange:    fx([]),
  changeContractManager:           fx([ev("contract.manager_changed", AC, ["person", "person:input.email"], { after: { secondaryAdmin: "added" }, rules: ["CL-4", "CL-5", "CL-11"] })], [mail("contract-manager-changed", "input.email")]),

  // ---- Hubs (HB-1, HB-2, HB-3, HB-6, HB-8, HB-10): the hub's log, with its account.
  createHub:           fx([ev("hub.created", { account: "account", hub: "new" }, ["hub", "new"], { after: { name: "Sweep Hub" }, rules: ["HB-2"] })]),
  renameHub:           fx([ev("hub.renamed", AH, ["hub", "hub"], { after: { name: "Renamed by the sweep" } })]),
  setInvitationMode:   fx([ev("hub.access_changed", AH, ["hub", "hub"], { before: { invitationMode: "approval_required" }, after: { invitationMode: "open" } })]),
  addJoinDomain:       fx([ev("hub.access_changed", AH, ["hub_join_domain", "input.domain"])]),
  removeJoinDomain:    fx([ev("hub.access_changed", AH, ["hub_join_domain", "input.domain"], { after: { joinDomains: [] } })]),
  setHubSharing:       fx([ev("hub.sharing_changed", AH, ["hub", "hub"], { after: { sharingEnabled: false }, rules: ["HB-3"] })]),
  // joinHub writes no account id, unlike the other membership events (harmless: the account log leaves
  // hub events to the hub's log, lib/audit/account-log-scope.ts); the row says what the code writes.
  joinHub:             fx([ev("hub.member_joined", H, ["hub_member", "actor"], { after: { role: "hub_member" } })]),
  // HB-8 Decision: leaving while deactivated is remembered.
  leaveHub:            ({ principal }) => fx([ev("hub.member_left", AH, ["hub_member", "actor"], principal === "deactivatedMember" ? { after: { departure: "left_while_deactivated" }, rules: ["HB-8"] } : { after: null })]),
  changeHubRole:       fx([ev("hub.member_role_changed", AH, ["hub_member", "input.personId"], { before: { role: "hub_member" }, after: { role: "hub_admin" } })]),
  setMemberActivation: fx([ev("hub.member_deactivated", AH, ["hub_member", "input.personId"], { before: { active: true }, after: { active: false } })]),
  removeHubMember:     fx([ev("hub.member_removed", AH, ["hub_member", "input.personId"], { after: { departure: "removed" }, rules: ["HB-8"] })]),

  // ---- Invitations (HB-3, HB-5, HB-7). An invitation that goes out is emailed (EM-1); in this
  // approval_required hub a Hub Member's waits for a hub administrator, unsent (HB-3).
  invitePeople:             ({ principal }) => principal === "hubAdmin"
    ? fx([ev("invitation.sent", AH, ["invitation", "new"], { after: { email: "sweep.invitee@partner.example", status: "pending" } })], [mail("hub-invitation", "sweep.invitee@partner.example")])
    : fx([ev("invitation.sent", AH, ["invitation", "new"], { after: { email: "sweep.invitee@partner.example", status: "awaiting_approval" } })]),
  inviteToProject:          ({ t }) => fx([ev("invitation.sent", AH, ["invitation", "new"], { after: { email: "sweep.guest@partner.example", projectId: t.projectId, projectRole: "viewer", status: "pending" } })], [mail("project-invitation", "input.email")]),
  resendInvitation:         fx([ev("invitation.resent", AH, ["invitation", "input.invitationId"], { before: { status: "expired" }, after: { status: "pending" } })], [mail("hub-invitation", LENA)]),
  resendExpiredInvitations: fx([ev("invitation.resent", AH, ["invitation", "new"], { before: { status: "expired" }, after: { status: "pending" } })], [mail("hub-invitation", LENA)]),
  cancelInvitation:         fx([ev("invitation.cancelled", AH, ["invitation", "input.invitationId"], { after: { status: "cancelled" } })]),
  approveInvitation:        fx([ev("invitation.approved", AH, ["invitation", "input.invitationId"], { before: { status: "awaiting_approval" }, after: { status: "pending" } })], [mail("hub-invitation", JAMAL)]),
  rejectInvitation:         fx([ev("invitation.rejected", AH, ["invitation", "input.invitationId"], { after: { status: "rejected" } })]),
  acceptInvitation:         fx([ev("invitation.accepted", AH, ["invitation", "input.invitationId"], { after: { status: "accepted", hubRole: "hub_member" }, rules: ["HB-5"] })]),
  declineInvitation:        fx([ev("invitation.declined", AH, ["invitation", "input.invitationId"], { after: { status: "declined" } })]),

  // ---- Projects (FP, LP, PR): the hub's log (project events carry the hub, no account id).
  // A decided join request is emailed to the requester (PR-2: "the requester sees the outcome").
  createProject:       fx([ev("project.created", H, ["project", "new"], { after: { name: "Sweep Project" }, rules: ["PR-1"] })]),
  createItem:          fx([ev("project.item_created", H, ["project_item", "new"], { after: { kind: "folder", name: "Sweep folder" } })]),
  renameItem:          fx([ev("project.item_renamed", H, ["project_item", "input.itemId"], { after: { name: "renamed-by-sweep.iam" } })]),
  deleteItem:          fx([ev("project.item_deleted", H, ["project_item", "input.itemId"], { after: null })]),
  addProjectMember:    fx([ev("project.member_added", H, ["person", "input.personId"], { after: { role: "Viewer", project: "Gearbox Redesign" } })]),
  changeProjectRole:   fx([ev("project.member_role_changed", H, ["person", "input.personId"], { before: { role: "Editor" }, after: { role: "Viewer" } })]),
  promoteProjectAdmin: fx([ev("project.member_role_changed", H, ["person", "input.personId"], { before: { role: "Editor" }, after: { role: "Project Administrator" } })]),
  removeProjectMember: fx([ev("project.member_removed", H, ["person", "input.personId"], { before: { role: "Editor", project: "Gearbox Redesign" }, after: null })]),
  requestJoin:         fx([ev("project.join_requested", H, ["join_request", "new"], { after: { status: "pending", project: "Spare Parts Library" } })]),
  decideJoinRequest:   fx([ev("project.join_request_approved", H, ["join_request", "input.requestId"], { after: { status: "approved", role: "Viewer" } })], [mail("join-request-decided", KENJI)]),
  createGroup:         fx([ev("group.created", H, ["group", "new"], { after: { name: "Sweep group" } })]),
  editGroupMembers:    fx([ev("group.member_added", H, ["group", "input.groupId"], { after: { change: "add" } })]),
  addGroupToProject:   fx([ev("project.group_added", H, ["group", "input.groupId"], { after: { role: "Viewer" } })]),
  createShareLink:     fx([ev("project.share_link_created", H, ["share_link", "new"])]),
  revokeShareLink:     fx([ev("project.share_link_revoked", H, ["share_link", "input.linkId"])]),
  // PR-5: one event in each hub's log.
  transferProject:     fx([ev("project.transferred_out", H, ["project", "input.projectId"], { rules: ["PR-5"] }), ev("project.transferred_in", { hub: "destinationHub" }, ["project", "input.projectId"], { rules: ["PR-5"] })]),
};
