import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  classicAssignments,
  classicUsers,
  contractProducts,
  contracts,
  groups,
  invitations,
  joinRequests,
  namedAssignments,
  people,
  projectItems,
  projects,
  shareLinks,
} from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { previewContractManagerChange } from "@/lib/contracts/preview-contract-manager-change";
import { personas } from "@/lib/demo/personas";
import { listProductSeats } from "@/lib/seats/product-seats";
import type { SweepWorld } from "./world";

/**
 * ONE input per action: the same valid request for every principal, aimed at the sweep's
 * first account / contract / hub / project (test/sweep/world.ts), chosen so that at least one
 * principal is allowed (the expected table shows who). When a use case's input changes (e.g. a
 * renewal carrying `fromRenewalDate`, a resend or a primary-admin change carrying what the
 * actor saw), change its line here and nowhere else.
 *
 * Each builder runs once, before the sweep, on the committed world; it may read (a preview's
 * fingerprint, a free seat) but never write.
 */
export type SpecInput = (w: SweepWorld, l: Lookup) => unknown;
/** A route request: its URL parameters, query string and (POST) form. */
export type RouteRequest = { params: Record<string, string>; search?: Record<string, string>; form?: () => FormData };
export type RouteInput = (w: SweepWorld, l: Lookup) => RouteRequest | Promise<RouteRequest>;

/** Read-only lookups of the demo world's rows the inputs name. */
export type Lookup = ReturnType<typeof lookups>;

export function lookups(w: SweepWorld) {
  const db: Db = w.db;
  const one = <T>(rows: T[], what: string): T => {
    if (!rows[0]) throw new Error(`sweep inputs: no ${what} in the world`);
    return rows[0];
  };
  const person = async (email: string) => one(await db.select({ id: people.id }).from(people).where(eq(people.email, email)), email).id;
  return {
    person,
    item: async (name: string, projectId = w.t.projectId) =>
      one(await db.select({ id: projectItems.id }).from(projectItems).where(and(eq(projectItems.projectId, projectId), eq(projectItems.name, name))), `item ${name}`).id,
    project: async (name: string) => one(await db.select({ id: projects.id }).from(projects).where(and(eq(projects.hubId, w.t.hubId), eq(projects.name, name))), `project ${name}`).id,
    group: async (name: string) => one(await db.select({ id: groups.id }).from(groups).where(and(eq(groups.hubId, w.t.hubId), eq(groups.name, name))), `group ${name}`).id,
    invitation: async (email: string, status: "pending" | "awaiting_approval" | "expired") =>
      one(
        await db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, w.t.hubId), eq(invitations.email, email), eq(invitations.status, status), isNull(invitations.projectId))),
        `invitation to ${email}`,
      ).id,
    joinRequest: async (projectId: string, personId: string) =>
      one(await db.select({ id: joinRequests.id }).from(joinRequests).where(and(eq(joinRequests.projectId, projectId), eq(joinRequests.personId, personId), eq(joinRequests.status, "pending"))), "join request").id,
    shareLink: async (itemId: string) => one(await db.select({ id: shareLinks.id }).from(shareLinks).where(eq(shareLinks.itemId, itemId)), "share link").id,
    primaryAdmin: async () =>
      one(await db.select({ id: accountAdmins.personId }).from(accountAdmins).where(and(eq(accountAdmins.accountId, w.t.accountId), eq(accountAdmins.role, "primary"))), "primary admin").id,
    /** The renewal date the contract page shows (a renewal carries it, CL-3). */
    renewalDate: async () => one(await db.select({ d: contracts.renewalDate }).from(contracts).where(eq(contracts.id, w.t.contractId)), "contract").d,
    /** The expiry the sent-invitations row shows, as the page sends it back (HB-7 resend). */
    invitationExpiry: async (invitationId: string) =>
      one(await db.select({ at: sql<string>`to_char(${invitations.expiresAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` }).from(invitations).where(eq(invitations.id, invitationId)), "invitation").at,
    secondaryAdmin: async () =>
      one(
        await db
          .select({ id: accountAdmins.personId })
          .from(accountAdmins)
          .innerJoin(people, eq(people.id, accountAdmins.personId))
          .where(and(eq(accountAdmins.accountId, w.t.accountId), eq(accountAdmins.role, "secondary"), eq(people.email, personas.secondaryAdmin.email))),
        "secondary admin",
      ).id,
    /** A named product of the account with a free seat, one the person holds, and one they do not. */
    namedProducts: async (personId: string) => {
      const seats = await listProductSeats(db, w.t.accountId);
      const held = new Set(
        (await db.select({ id: namedAssignments.productId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, w.t.accountId), eq(namedAssignments.personId, personId)))).map((r) => r.id),
      );
      return {
        held: one(seats.filter((s) => held.has(s.productId)), "held named product").productId,
        free: one(seats.filter((s) => !held.has(s.productId) && s.available > 0), "named product with a free seat").productId,
      };
    },
    /** On the target classic contract: a product with a free seat and a classic user without it; a held assignment. */
    classicSeats: async () => {
      const c = w.t.contractId;
      const free = one(await db.select({ productId: contractProducts.productId }).from(contractProducts).where(and(eq(contractProducts.contractId, c), sql`${contractProducts.assigned} < ${contractProducts.seats}`)).orderBy(asc(contractProducts.productId)), "classic product with a free seat").productId;
      const without = one(
        await db
          .select({ personId: classicUsers.personId })
          .from(classicUsers)
          .where(and(eq(classicUsers.contractId, c), sql`not exists (select 1 from ${classicAssignments} a where a.contract_id = ${c} and a.person_id = ${classicUsers.personId} and a.product_id = ${free})`))
          .orderBy(asc(classicUsers.personId)),
        "classic user without the free product",
      ).personId;
      const held = one(await db.select({ personId: classicAssignments.personId, productId: classicAssignments.productId }).from(classicAssignments).where(eq(classicAssignments.contractId, c)).orderBy(asc(classicAssignments.personId), asc(classicAssignments.productId)), "classic assignment");
      return { free, without, held };
    },
  };
}

// The demo world's people the inputs act on (none of them is a principal).
const PLAIN_NAMED = "chidi.okonkwo@northwind.example"; // an active named user, no other role
const NEVER_SIGNED_IN = "oscar.lund@northwind.example"; // an invited named user: their name is the account's (UM-5)
const HUB_MEMBER_OUTSIDE_PROJECT = "lucas.moreau@northwind.example"; // a Hub Member, not in the target project
const PROJECT_EDITOR = "olivia.brennan@northwind.example"; // a Hub Member, Editor of the target project
const GROUPLESS_MEMBER = "ingrid.nilsson@northwind.example"; // a Hub Member outside "Mechanical Team"
const NEW_MANAGER = "sweep.newcm@northwind.example";

export const SPEC_INPUTS: Record<string, SpecInput> = {
  // ---- User Management: named users (UM-5)
  addNamedUser: async (w, l) => ({ accountId: w.t.accountId, email: "sweep.added@northwind.example", firstName: "Added", lastName: "Sweep", productIds: [(await l.namedProducts(await l.person(PLAIN_NAMED))).free] }),
  editNamedUser: async (w, l) => ({ accountId: w.t.accountId, personId: await l.person(NEVER_SIGNED_IN), firstName: "Renamed", lastName: "BySweep" }),
  removeNamedUser: async (w, l) => ({ accountId: w.t.accountId, personId: await l.person(PLAIN_NAMED) }),
  bulkChangeNamedUsers: async (w, l) => ({ accountId: w.t.accountId, personIds: [await l.person(PLAIN_NAMED)], change: { kind: "remove" } }),
  assignProduct: async (w, l) => {
    const personId = await l.person(PLAIN_NAMED);
    return { accountId: w.t.accountId, personId, productId: (await l.namedProducts(personId)).free };
  },
  unassignProduct: async (w, l) => {
    const personId = await l.person(PLAIN_NAMED);
    return { accountId: w.t.accountId, personId, productId: (await l.namedProducts(personId)).held };
  },
  assignProductToUsers: async (w, l) => {
    const personId = await l.person(PLAIN_NAMED);
    return { accountId: w.t.accountId, productId: (await l.namedProducts(personId)).free, personIds: [personId] };
  },
  importNamedUsersSpec: (w) => ({ accountId: w.t.accountId, idempotencyKey: "sweep-import-key-0001", rows: [{ row: 2, email: "sweep.imported@northwind.example", firstName: "Imported", lastName: "Sweep", productCodes: [] }] }),

  // ---- User Management: admins (UM-2, UM-3, HB-1)
  addSecondaryAdmin: (w) => ({ accountId: w.t.accountId, email: PLAIN_NAMED }),
  removeSecondaryAdmin: async (w, l) => ({ accountId: w.t.accountId, personId: await l.secondaryAdmin() }),
  changePrimaryAdmin: async (w, l) => ({ accountId: w.t.accountId, personId: await l.secondaryAdmin(), fromPrimaryAdminId: await l.primaryAdmin() }),
  grantSsoAdmin: (w) => ({ accountId: w.t.accountId, email: PLAIN_NAMED }),
  revokeSsoAdmin: async (w, l) => ({ accountId: w.t.accountId, personId: await l.person(personas.ssoAdmin.email) }),

  // ---- Sign-in (SSO) settings (HB-1)
  addDomain: (w) => ({ accountId: w.t.accountId, domain: "sweep-new.example" }),
  removeDomain: (w) => ({ accountId: w.t.accountId, domain: "northwind.example" }),
  // The world enforces SSO on sso.sweep.example, so turning it off is a real change.
  setDomainEnforcement: (w) => ({ accountId: w.t.accountId, domain: "sso.sweep.example", enforced: false }),

  // ---- Classic User Management on the target contract (CL-3, CL-6, CL-8)
  addClassicUser: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, email: "sweep.classic@northwind.example" }),
  addClassicUsers: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, list: "sweep.classic1@northwind.example, sweep.classic2@northwind.example" }),
  removeClassicUsers: async (w, l) => ({ accountId: w.t.accountId, contractId: w.t.contractId, personIds: [await l.person(personas.classicUser.email)] }),
  assignClassicProductToUsers: async (w, l) => {
    const s = await l.classicSeats();
    return { accountId: w.t.accountId, contractId: w.t.contractId, productId: s.free, personIds: [s.without] };
  },
  unassignClassicProductFromUsers: async (w, l) => {
    const s = await l.classicSeats();
    return { accountId: w.t.accountId, contractId: w.t.contractId, productId: s.held.productId, personIds: [s.held.personId] };
  },
  assignSoftwareCoordinator: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, email: "sweep.newsc@northwind.example" }),
  removeSoftwareCoordinator: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId }),
  renewContract: async (w, l) => ({ accountId: w.t.accountId, contractId: w.t.contractId, fromRenewalDate: await l.renewalDate() }),
  setAutoRenew: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, autoRenew: false }),
  editBillingContact: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, name: "Billing Sweep", email: "billing@northwind.example", address: "1 Sweep Road", purchaseOrderNumber: "PO-SWEEP" }),
  previewContractManagerChange: (w) => ({ accountId: w.t.accountId, contractId: w.t.contractId, email: NEW_MANAGER }),
  // The change applies only to the preview the actor saw: its fingerprint, as the manager sees it.
  changeContractManager: async (w) => {
    const ref = { accountId: w.t.accountId, contractId: w.t.contractId, email: NEW_MANAGER };
    const preview = await execute(w.db, w.principal("contractManager"), previewContractManagerChange, ref);
    if (!preview.ok) throw new Error(`sweep inputs: the manager's preview failed (${preview.code})`);
    return { ...ref, expected: preview.data.fingerprint };
  },

  // ---- Hubs: creation, settings, membership (HB-1, HB-3, HB-6, HB-8, HB-10)
  createHub: (w) => ({ accountId: w.t.accountId, name: "Sweep Hub" }),
  renameHub: (w) => ({ hubId: w.t.hubId, name: "Renamed by the sweep" }),
  setInvitationMode: (w) => ({ hubId: w.t.hubId, mode: "open" }),
  addJoinDomain: (w) => ({ hubId: w.t.hubId, domain: "sweep-join.example" }),
  removeJoinDomain: (w) => ({ hubId: w.t.hubId, domain: "northwind.example" }),
  setHubSharing: (w) => ({ hubId: w.t.hubId, enabled: false }),
  joinHub: (w) => ({ hubId: w.t.hubId }),
  leaveHub: (w) => ({ hubId: w.t.hubId }),
  changeHubRole: async (w, l) => ({ hubId: w.t.hubId, personId: await l.person(HUB_MEMBER_OUTSIDE_PROJECT), role: "hub_admin" }),
  setMemberActivation: async (w, l) => ({ hubId: w.t.hubId, personId: await l.person(PROJECT_EDITOR), active: false }),
  removeHubMember: async (w, l) => ({ hubId: w.t.hubId, personId: await l.person(PROJECT_EDITOR) }),

  // ---- Invitations (HB-3, HB-5, HB-7)
  invitePeople: (w) => ({ hubId: w.t.hubId, emails: "sweep.invitee@partner.example" }),
  inviteToProject: (w) => ({ projectId: w.t.projectId, email: "sweep.guest@partner.example", role: "viewer" }),
  resendInvitation: async (_w, l) => {
    const invitationId = await l.invitation("lena.hoffmann@partner.example", "expired");
    return { invitationId, seenExpiresAt: await l.invitationExpiry(invitationId) };
  },
  cancelInvitation: async (_w, l) => ({ invitationId: await l.invitation(personas.secondaryAdmin2.email, "pending") }),
  approveInvitation: async (_w, l) => ({ invitationId: await l.invitation("jamal.wright@partner.example", "awaiting_approval") }),
  rejectInvitation: async (_w, l) => ({ invitationId: await l.invitation("jamal.wright@partner.example", "awaiting_approval") }),
  resendExpiredInvitations: (w) => ({ hubId: w.t.hubId }),
  // Addressed to the person with no role (world.ts): only they may answer it.
  acceptInvitation: async (w, l) => ({ invitationId: await l.invitation(w.principal("noRole").email, "pending") }),
  declineInvitation: async (w, l) => ({ invitationId: await l.invitation(w.principal("noRole").email, "pending") }),

  // ---- Projects of the target hub; the target project is the folder-level "Gearbox Redesign" (FP, PR)
  createProject: (w) => ({ hubId: w.t.hubId, name: "Sweep Project", kind: "folder" }),
  createItem: (w) => ({ projectId: w.t.projectId, kind: "folder", name: "Sweep folder" }),
  renameItem: async (w, l) => ({ projectId: w.t.projectId, itemId: await l.item("shaft-assembly.iam"), name: "renamed-by-sweep.iam" }),
  deleteItem: async (w, l) => ({ projectId: w.t.projectId, itemId: await l.item("housing-drawing.dwg") }),
  addProjectMember: async (w, l) => ({ projectId: w.t.projectId, personId: await l.person(HUB_MEMBER_OUTSIDE_PROJECT), role: "viewer" }),
  changeProjectRole: async (w, l) => ({ projectId: w.t.projectId, personId: await l.person(PROJECT_EDITOR), role: "viewer" }),
  promoteProjectAdmin: async (w, l) => ({ projectId: w.t.projectId, personId: await l.person(PROJECT_EDITOR) }),
  removeProjectMember: async (w, l) => ({ projectId: w.t.projectId, personId: await l.person(PROJECT_EDITOR) }),
  // A project the Hub Member principal is not in (they administer the target one).
  requestJoin: async (_w, l) => ({ projectId: await l.project("Spare Parts Library"), message: "Sweep: may I join?" }),
  decideJoinRequest: async (w, l) => ({ requestId: await l.joinRequest(w.t.projectId, await l.person("kenji.watanabe@northwind.example")), decision: "approve" }),
  createGroup: (w) => ({ hubId: w.t.hubId, name: "Sweep group", memberIds: [] }),
  editGroupMembers: async (w, l) => ({ hubId: w.t.hubId, groupId: await l.group("Mechanical Team"), personId: await l.person(GROUPLESS_MEMBER), change: "add" }),
  addGroupToProject: async (w, l) => ({ projectId: w.t.projectId, groupId: await l.group("Site Engineering"), role: "viewer" }),
  createShareLink: async (w, l) => ({ projectId: w.t.projectId, itemId: await l.item("shaft-assembly.iam") }),
  revokeShareLink: async (w, l) => ({ projectId: w.t.projectId, linkId: await l.shareLink(await l.item("gearbox-housing.ipt")) }),
  transferProject: (w) => ({ projectId: w.t.projectId, destinationHubId: w.t.destinationHubId }),
};

/** A small import file: the header and one new person. */
const importCsv = () => {
  const form = new FormData();
  form.set("file", new File(["first name,last name,email,products\nImported,ByRoute,sweep.routeimport@northwind.example,\n"], "users.csv", { type: "text/csv" }));
  form.set("key", "sweep-route-import-key-01");
  return form;
};

export const ROUTE_INPUTS: Record<string, RouteInput> = {
  "GET /api/accounts/[accountId]/activity/export": (w) => ({ params: { accountId: w.t.accountId } }),
  "GET /api/accounts/[accountId]/contracts/[contractId]/activity/export": (w) => ({ params: { accountId: w.t.accountId, contractId: w.t.contractId } }),
  "GET /api/accounts/[accountId]/contracts/[contractId]/move-preview": (w) => ({ params: { accountId: w.t.accountId, contractId: w.t.contractId } }),
  "GET /api/accounts/[accountId]/contracts/classic-users/export": (w) => ({ params: { accountId: w.t.accountId } }),
  "GET /api/accounts/[accountId]/products/[productId]/candidates": async (w, l) => ({
    params: { accountId: w.t.accountId, productId: (await l.namedProducts(await l.person(PLAIN_NAMED))).free },
    search: { q: "" },
  }),
  "GET /api/accounts/[accountId]/users/export": (w) => ({ params: { accountId: w.t.accountId } }),
  "POST /api/accounts/[accountId]/users/import": (w) => ({ params: { accountId: w.t.accountId }, form: importCsv }),
  "GET /api/hubs/[hubId]/activity/export": (w) => ({ params: { hubId: w.t.hubId } }),
};

/**
 * Specs no server action exposes, and the route that is their door: their signed-out cell
 * goes through that route (the spec's own row), so no spec's signed-out answer is assumed.
 */
export const SPEC_ROUTE_DOORS: Record<string, string> = {
  importNamedUsersSpec: "POST /api/accounts/[accountId]/users/import",
};
