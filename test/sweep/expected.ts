import type { RuleId } from "@/lib/permissions/rules";
import { PRINCIPAL_KEYS, type PrincipalKey } from "./principals";

/**
 * THE EXPECTED TABLE of the authorization sweep (issue 14): for every action the registry
 * discovers (each `defineAction` spec, each route handler that changes or exports data) and
 * every principal, what its door must answer. Written from ../shared/RULES.md and the policy
 * (lib/permissions/decide-*.ts), reviewed by a person; the sweep compares the code's answers
 * with it and fails on any difference, on an action without a row and on a row without an
 * action. A refusal must also leave every table of the database unchanged.
 *
 * Cells: "allowed" · "denied <rule>" (visible refusal, named rule; 403 on a route) ·
 * "not_found" (the actor may not know it exists; 404) · "signed_out" (no session: a server
 * action redirects to /sign-in, a route answers 401).
 *
 * When the sweep fails, it prints the observed row in this notation: compare it with the
 * rules, and change a row only when the rules say the new answer is right.
 */
export type Expected = "allowed" | "not_found" | "signed_out" | `denied ${RuleId}`;

const OK = "allowed" as const;
const NF = "not_found" as const;
const OUT = "signed_out" as const;
const no = <R extends RuleId>(rule: R) => `denied ${rule}` as const;

/** One row: a cell per principal, in the order of PRINCIPALS (test/sweep/principals.ts). */
type Row = readonly [Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected];

// prettier-ignore
const ROWS: Record<string, Row> = {
  // ---- User Management: named users and their products (UM-5, UM-9, UM-10; HY-1, HY-3, HB-1 at the gate)
  // The primary and secondary admins manage named users (UM-5). Others of the account are told why: a plain
  // named user by UM-5, an SSO admin by HB-1 (nothing in User Management), a contract manager or coordinator by HY-3.
  // People outside the account (hub roles only, another account) do not learn it exists (UM-7).
  //                     signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  addNamedUser:         [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  editNamedUser:        [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  removeNamedUser:      [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  bulkChangeNamedUsers: [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  assignProduct:        [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  unassignProduct:      [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  assignProductToUsers: [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  importNamedUsersSpec: [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],

  // ---- User Management: admins (UM-2, UM-3, HB-1)
  // Primary and secondary admins add and remove secondary admins and change the primary admin (UM-2, UM-3);
  // only the primary admin grants and revokes the SSO admin role (HB-1), so everyone else in the account hears HB-1.
  //                     signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  addSecondaryAdmin:    [OUT,        NF,         no("UM-3"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  removeSecondaryAdmin: [OUT,        NF,         no("UM-3"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  changePrimaryAdmin:   [OUT,        NF,         no("UM-2"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  grantSsoAdmin:        [OUT,        NF,         no("HB-1"), no("HB-1"), OK,         no("HB-1"), no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],
  revokeSsoAdmin:       [OUT,        NF,         no("HB-1"), no("HB-1"), OK,         no("HB-1"), no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],

  // ---- Sign-in (SSO) settings (HB-1 Decision)
  // The primary admin and SSO admins; a secondary admin only if also made SSO admin (HB-1).
  //                     signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  addDomain:            [OUT,        NF,         no("HB-1"), no("HB-1"), OK,         OK,         no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],
  removeDomain:         [OUT,        NF,         no("HB-1"), no("HB-1"), OK,         OK,         no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],
  setDomainEnforcement: [OUT,        NF,         no("HB-1"), no("HB-1"), OK,         OK,         no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],

  // ---- Classic User Management on the target contract (CL-3, CL-6, CL-8; UM-6, UM-7)
  // Only its manager (and its own coordinator, not a principal here) sees a classic contract, besides the primary
  // admin, who sees it read-only (UM-7). Secondary admins (UM-7 Decision), the coordinator of another contract (CL-8)
  // and everyone else get "not found". The primary admin is refused its users (UM-7, read-only) and its billing and
  // roles: UM-6 for billing and renewal, CL-6 for the coordinator, CL-4 for the hand-over (the sweep's first finding).
  //                                signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  addClassicUser:                  [OUT,        NF,         NF,         NF,         no("UM-7"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  addClassicUsers:                 [OUT,        NF,         NF,         NF,         no("UM-7"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  removeClassicUsers:              [OUT,        NF,         NF,         NF,         no("UM-7"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  assignClassicProductToUsers:     [OUT,        NF,         NF,         NF,         no("UM-7"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  unassignClassicProductFromUsers: [OUT,        NF,         NF,         NF,         no("UM-7"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  renewContract:                   [OUT,        NF,         NF,         NF,         no("UM-6"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  setAutoRenew:                    [OUT,        NF,         NF,         NF,         no("UM-6"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  editBillingContact:              [OUT,        NF,         NF,         NF,         no("UM-6"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  assignSoftwareCoordinator:       [OUT,        NF,         NF,         NF,         no("CL-6"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  removeSoftwareCoordinator:       [OUT,        NF,         NF,         NF,         no("CL-6"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  previewContractManagerChange:    [OUT,        NF,         NF,         NF,         no("CL-4"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  changeContractManager:           [OUT,        NF,         NF,         NF,         no("CL-4"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],

  // ---- Hubs: creation (HB-1)
  // The account's primary admin, secondary admins and SSO admins create hubs; a named user, contract manager or
  // coordinator is told HB-1. A hub role is no account role: hub people do not see the account (UM-7).
  //          signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  createHub: [OUT,        NF,         no("HB-1"), OK,         OK,         OK,         no("HB-1"), no("HB-1"), NF,         NF,         NF,         NF,         NF],

  // ---- Hubs: settings and members (HB-3, HB-6, HB-8, HB-10)
  // Only active hub administrators change settings, roles and activation (HB-6) and remove members (HB-3). A
  // deactivated member is told HB-8; people outside the hub do not see it (HB-3, "not found").
  //                    signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  renameHub:           [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  setInvitationMode:   [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  addJoinDomain:       [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  removeJoinDomain:    [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  setHubSharing:       [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  changeHubRole:       [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  setMemberActivation: [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-6"), no("HB-6"), no("HB-8"), NF],
  removeHubMember:     [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-3"), no("HB-3"), no("HB-8"), NF],

  // ---- Hubs: joining by domain and leaving (HB-3, HB-4, HB-8 Decisions)
  // Whoever's email domain is a join domain (northwind.example) joins as a Hub Member; members already have their
  // one hub role (HB-4); other domains do not learn the hub exists. Any member may leave, a deactivated one too,
  // while the hub keeps another active hub administrator (HB-8).
  //         signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  joinHub:  [OUT,        NF,         OK,         OK,         OK,         OK,         OK,         OK,         no("HB-4"), no("HB-4"), no("HB-4"), no("HB-4"), NF],
  leaveHub: [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         OK,         OK,         NF],

  // ---- Hub invitations (HB-3, HB-5, HB-6, HB-7)
  // Hub administrators invite, resend, cancel, approve and reject. In this approval_required hub a Hub Member's
  // invitation is allowed and waits for approval (HB-3); a Project Contributor invites to projects, not to the hub
  // (HB-6). Approve and reject are HB-3's, resend and cancel HB-7's. Only the invitee (the person with no role here)
  // answers an invitation; to anyone else it does not exist (HB-7).
  //                         signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  invitePeople:             [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("HB-6"), no("HB-8"), NF],
  resendInvitation:         [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-7"), no("HB-7"), no("HB-8"), NF],
  cancelInvitation:         [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-7"), no("HB-7"), no("HB-8"), NF],
  resendExpiredInvitations: [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-7"), no("HB-7"), no("HB-8"), NF],
  approveInvitation:        [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-3"), no("HB-3"), no("HB-8"), NF],
  rejectInvitation:         [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("HB-3"), no("HB-3"), no("HB-8"), NF],
  acceptInvitation:         [OUT,        OK,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF],
  declineInvitation:        [OUT,        OK,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF,         NF],

  // ---- Projects of the target hub (FP, LP, PR; HB-8, HB-9)
  // The target project is folder-level. Hub administrators manage every project's members, join requests and groups
  // (HB-9, PR-2, PR-4) but change content only as project members (PR-1) and share by link only as its
  // administrators (PR-1). The Hub Member administers it (PR-1), creates groups (PR-4 Decision) and may transfer it
  // (PR-5). The Project Contributor, an Editor, edits content and invites with a role no higher than theirs (FP-1,
  // PR-3), never creates projects (FP-2) or groups, adds groups or transfers (FP-3), and does not see a project they
  // are not in (FP-2, requestJoin on another project: "not found"). A deactivated member reaches nothing (HB-8).
  //                    signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  createProject:       [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("FP-2"), no("HB-8"), NF],
  createItem:          [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         no("PR-1"), OK,         OK,         no("HB-8"), NF],
  renameItem:          [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         no("PR-1"), OK,         OK,         no("HB-8"), NF],
  deleteItem:          [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         no("PR-1"), OK,         OK,         no("HB-8"), NF],
  addProjectMember:    [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         OK,         no("HB-8"), NF],
  inviteToProject:     [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         OK,         no("HB-8"), NF],
  changeProjectRole:   [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("PR-1"), no("HB-8"), NF],
  promoteProjectAdmin: [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("PR-1"), no("HB-8"), NF],
  removeProjectMember: [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("PR-1"), no("HB-8"), NF],
  requestJoin:         [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         NF,         no("HB-8"), NF],
  decideJoinRequest:   [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("PR-2"), no("HB-8"), NF],
  createGroup:         [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("FP-3"), no("HB-8"), NF],
  editGroupMembers:    [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("FP-3"), no("HB-8"), NF],
  addGroupToProject:   [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("FP-3"), no("HB-8"), NF],
  createShareLink:     [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         no("PR-1"), OK,         no("PR-1"), no("HB-8"), NF],
  revokeShareLink:     [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("PR-1"), no("HB-8"), NF],
  transferProject:     [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         OK,         no("FP-3"), no("HB-8"), NF],

  // ---- Route handlers: exports, import, previews (AU-2, UM-5, CL-3, CL-8, GV-4); signed out = 401
  // Each route's door answers like the page it serves: By User's export, import and the product's candidates are
  // User Management's (UM-5 gate); the account's activity log is its admins' (AU-2); a contract's log is its
  // manager's (AU-2); the move-to-User-Management dry run is its manager's and the primary admin's (GV-4); the
  // classic users export lists what each person sees (primary admin, managers, coordinators, secondary admins: only
  // named contracts, so nothing classic); the hub's log is its administrators' (AU-2).
  //                                                                       signed out  no role     named user  secondary   primary     SSO admin   CM          other SC    hub admin   Hub Member  PC          deactivated other acct
  "GET /api/accounts/[accountId]/users/export":                           [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  "POST /api/accounts/[accountId]/users/import":                          [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  "GET /api/accounts/[accountId]/products/[productId]/candidates":        [OUT,        NF,         no("UM-5"), OK,         OK,         no("HB-1"), no("HY-3"), no("HY-3"), NF,         NF,         NF,         NF,         NF],
  "GET /api/accounts/[accountId]/activity/export":                        [OUT,        NF,         no("AU-2"), OK,         OK,         no("AU-2"), no("AU-2"), no("AU-2"), NF,         NF,         NF,         NF,         NF],
  "GET /api/accounts/[accountId]/contracts/classic-users/export":         [OUT,        NF,         no("UM-7"), OK,         OK,         no("UM-7"), OK,         OK,         NF,         NF,         NF,         NF,         NF],
  "GET /api/accounts/[accountId]/contracts/[contractId]/activity/export": [OUT,        NF,         NF,         NF,         no("AU-2"), NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  "GET /api/accounts/[accountId]/contracts/[contractId]/move-preview":    [OUT,        NF,         NF,         NF,         OK,         NF,         OK,         NF,         NF,         NF,         NF,         NF,         NF],
  "GET /api/hubs/[hubId]/activity/export":                                [OUT,        NF,         NF,         NF,         NF,         NF,         NF,         NF,         OK,         no("AU-2"), no("AU-2"), no("HB-8"), NF],
};

export const EXPECTED: Record<string, Record<PrincipalKey, Expected>> = Object.fromEntries(
  Object.entries(ROWS).map(([action, row]) => [action, Object.fromEntries(PRINCIPAL_KEYS.map((p, i) => [p, row[i]!])) as Record<PrincipalKey, Expected>]),
);

/** Use cases that write nothing when allowed (the sweep checks every other allowed cell wrote its audit event, AU-1). */
export const READ_ONLY_SPECS: Record<string, string> = {
  previewContractManagerChange: "the hand-over's preview (CL-4, CL-5): it shows the effects and writes nothing",
};

/** Route handlers outside the sweep, by path prefix, with the reason. */
export const EXCLUDED_ROUTES: Record<string, string> = {
  "/api/auth/": "Auth.js's own endpoints (sign-in, callbacks, CSRF token): they establish the session the sweep's doors read; covered by lib/auth/sign-in-limits.test.ts and e2e/sign-in.spec.ts",
  "/api/dev/": "a development probe (DB_ROUND_TRIPS=count only, 404 otherwise): reads an in-memory counter, no account data",
  "/api/health": "liveness: `select 1`, no data read or changed",
  "/api/search": "the command palette's search: every signed-in person may search and nobody is refused, each kind of result is scoped in SQL by the lists' own rules; what each persona finds (and never finds) is lib/search/search-everything.test.ts, a signed-out visitor gets none (e2e/command-palette.spec.ts)",
};

/** Server actions that are not doors over a spec, by `file#name` ("inline" for an inline one), with the reason. */
export const EXCLUDED_SERVER_ACTIONS: Record<string, string> = {
  "lib/auth/actions.ts#passwordSignIn": "the sign-in itself (demo password): no actor yet; rate-limited and refused in Auth.js's authorize too",
  "lib/auth/actions.ts#emailSignIn": "the sign-in itself (email link): no actor yet; rate-limited in Auth.js's signIn callback too",
  "lib/auth/actions.ts#ssoSignIn": "the sign-in itself (SSO redirect): no actor yet",
  "lib/auth/actions.ts#signOutAction": "signs the caller out and revokes their own sessions: acts on nobody else",
};
