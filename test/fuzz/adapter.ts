import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { execute, type ActionSpec, type Facts } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { ActionKey } from "@/lib/permissions";
import type { EmailKind } from "@/lib/outbox/enqueue-email";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { changePrimaryAdmin } from "@/lib/accounts/admins/change-primary-admin";
import { removeSecondaryAdmin } from "@/lib/accounts/admins/remove-secondary-admin";
import { assignProduct } from "@/lib/accounts/named-users/assign-product";
import { unassignProduct } from "@/lib/accounts/named-users/unassign-product";
import { assignProductToUsers } from "@/lib/accounts/products/assign-product-to-users";
import { assignClassicProductToUsers } from "@/lib/contracts/assign-classic-product";
import { assignSoftwareCoordinator } from "@/lib/contracts/assign-software-coordinator";
import { changeContractManager } from "@/lib/contracts/change-contract-manager";
import { previewContractManagerChange } from "@/lib/contracts/preview-contract-manager-change";
import { removeSoftwareCoordinator } from "@/lib/contracts/remove-software-coordinator";
import { renewContract } from "@/lib/contracts/renew-contract";
import { unassignClassicProductFromUsers } from "@/lib/contracts/unassign-classic-product";
import { changeHubRole } from "@/lib/hubs/change-hub-role";
import { joinHub } from "@/lib/hubs/join-hub";
import { leaveHub } from "@/lib/hubs/leave-hub";
import { removeHubMember } from "@/lib/hubs/remove-hub-member";
import { setMemberActivation } from "@/lib/hubs/set-member-activation";
import { acceptInvitation } from "@/lib/hubs/invitations/accept-invitation";
import { approveInvitation } from "@/lib/hubs/invitations/approve-invitation";
import { cancelInvitation } from "@/lib/hubs/invitations/cancel-invitation";
import { declineInvitation } from "@/lib/hubs/invitations/decline-invitation";
import { invitePeople } from "@/lib/hubs/invitations/invite-people";
import { inviteToProject } from "@/lib/hubs/invitations/invite-to-project";
import { rejectInvitation } from "@/lib/hubs/invitations/reject-invitation";
import { resendInvitation } from "@/lib/hubs/invitations/resend-invitation";
import { addProjectMember } from "@/lib/hubs/projects/add-project-member";
import { removeProjectMember } from "@/lib/hubs/projects/remove-project-member";
import type { Call, OpKind } from "./operations";

/*
 * THE ONE PLACE where an operation meets the portal: which use case (the spec the server
 * action of that door runs, lib/<area>/actions.ts), with which input, through the shared
 * executor, and what an acknowledged change must have written (audit events, AU-1; outbox
 * emails by kind, EM-1). When a use case's input or its writes change, change them here;
 * the inputs are typed against the specs, so `npm run typecheck` points at what moved.
 */

export type Effects = { audits: number; emails: EmailKind[] };
export type Outcome = { result: ActionResult<unknown>; effects: Effects };
type Door<C> = { run: (db: Db, actor: Actor, call: C) => Promise<Outcome> };

const NONE: Effects = { audits: 0, emails: [] };
const one = (...emails: EmailKind[]): Effects => ({ audits: 1, emails });

/** A door through one spec: its input from the call, and what an acknowledged run wrote. */
function door<C, S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(
  spec: ActionSpec<S, K, F, T>,
  input: (call: C) => z.input<S>,
  effects: (data: T, call: C) => Effects,
): Door<C> {
  return {
    run: async (db, actor, call) => {
      const result = await execute(db, actor, spec, input(call));
      return { result, effects: result.ok ? effects(result.data, call) : NONE };
    },
  };
}

/**
 * Whether the renewal says which renewal date it was asked from (CL-3 Decision: a second
 * request for the same renewal renews once). Until renewContract's input keeps that field,
 * the runner cannot tell a double renewal from two renewals and skips that check.
 */
export const RENEWAL_DATE_FIELD = "fromRenewalDate";
export const renewalCarriesDate = (() => {
  const parsed = renewContract.input.safeParse({ accountId: crypto.randomUUID(), contractId: crypto.randomUUID(), [RENEWAL_DATE_FIELD]: "2030-01-01" });
  return parsed.success && RENEWAL_DATE_FIELD in parsed.data;
})();

/** The call of one kind (a union member may carry several kinds, e.g. assign and unassign). */
type CallOf<K extends OpKind> = Call extends infer C ? (C extends Call ? (K extends C["kind"] ? C : never) : never) : never;

export const DOORS: { [K in OpKind]: Door<CallOf<K>> } = {
  // UM-2: the change carries the primary admin the actor saw; someone else meanwhile is a conflict.
  changePrimaryAdmin: door(changePrimaryAdmin, (c) => ({ accountId: c.accountId, personId: c.personId, fromPrimaryAdminId: c.seenPrimaryId }), () => one("role-changed")),
  addSecondaryAdmin: door(addSecondaryAdmin, (c) => ({ accountId: c.accountId, email: c.email }), () => one("secondary-admin-granted")),
  removeSecondaryAdmin: door(removeSecondaryAdmin, (c) => ({ accountId: c.accountId, personId: c.personId }), () => one()),
  assignNamed: door(assignProduct, (c) => ({ accountId: c.accountId, personId: c.personId, productId: c.productId }), () => one()),
  unassignNamed: door(unassignProduct, (c) => ({ accountId: c.accountId, personId: c.personId, productId: c.productId }), () => one()),
  // By Product's "Assign users": one audit event per person who got a seat, the rest reported.
  assignNamedBulk: door(assignProductToUsers, (c) => ({ accountId: c.accountId, productId: c.productId, personIds: c.personIds }), (d) => ({ audits: d.assigned.length, emails: [] })),
  assignClassic: door(assignClassicProductToUsers, (c) => ({ accountId: c.accountId, contractId: c.contractId, productId: c.productId, personIds: c.personIds }), (d) => ({ audits: d.assigned, emails: [] })),
  unassignClassic: door(unassignClassicProductFromUsers, (c) => ({ accountId: c.accountId, contractId: c.contractId, productId: c.productId, personIds: c.personIds }), (d) => ({ audits: d.unassigned, emails: [] })),
  // CL-4: the page previews, then confirms with the preview's fingerprint.
  changeContractManager: {
    run: async (db, actor, c) => {
      const ref = { accountId: c.accountId, contractId: c.contractId, email: c.email };
      const preview = await execute(db, actor, previewContractManagerChange, ref);
      if (!preview.ok) return { result: preview, effects: NONE };
      const result = await execute(db, actor, changeContractManager, { ...ref, expected: preview.data.fingerprint });
      return { result, effects: result.ok ? one("contract-manager-changed") : NONE };
    },
  },
  // CL-6: assigning the coordinator the contract already has changes nothing and writes nothing.
  assignCoordinator: door(assignSoftwareCoordinator, (c) => ({ accountId: c.accountId, contractId: c.contractId, email: c.email }), (d) => (d.changed ? one("role-changed") : NONE)),
  removeCoordinator: door(removeSoftwareCoordinator, (c) => ({ accountId: c.accountId, contractId: c.contractId }), () => one()),
  // CL-3, PU-3: an invoice, the renewal confirmation; "already renewed" writes nothing.
  renew: door(
    renewContract,
    (c) => ({ accountId: c.accountId, contractId: c.contractId, [RENEWAL_DATE_FIELD]: c.seenRenewalDate }),
    (d) => (d.renewed ? one("renewal-confirmation") : NONE),
  ),
  changeHubRole: door(changeHubRole, (c) => ({ hubId: c.hubId, personId: c.personId, role: c.role }), () => one()),
  setMemberActivation: door(setMemberActivation, (c) => ({ hubId: c.hubId, personId: c.personId, active: c.active }), () => one()),
  removeHubMember: door(removeHubMember, (c) => ({ hubId: c.hubId, personId: c.personId }), () => one()),
  leaveHub: door(leaveHub, (c) => ({ hubId: c.hubId }), () => one()),
  // HB-4: a join that finds the membership already made (a double click) records nothing.
  joinHub: door(joinHub, (c) => ({ hubId: c.hubId }), (d) => (d.joined ? one() : NONE)),
  // HB-7: one audit event per invitation made; an email for those that go out at once.
  invitePeople: door(invitePeople, (c) => ({ hubId: c.hubId, emails: c.emails.join(", ") }), (d) => ({
    audits: d.results.filter((r) => r.outcome === "invited" || r.outcome === "awaiting_approval").length,
    emails: d.results.filter((r) => r.outcome === "invited").map(() => "hub-invitation" as const),
  })),
  inviteToProject: door(inviteToProject, (c) => ({ projectId: c.projectId, email: c.email, role: c.role }), () => one("project-invitation")),
  acceptInvitation: door(acceptInvitation, (c) => ({ invitationId: c.invitationId }), () => one()),
  declineInvitation: door(declineInvitation, (c) => ({ invitationId: c.invitationId }), () => one()),
  // HB-7: the resend carries the expiry the actor saw; a second resend of that link sends nothing.
  resendInvitation: door(resendInvitation, (c) => ({ invitationId: c.invitationId, seenExpiresAt: c.seenExpiresAt }), (d, c) => (d.resent ? one(invitationEmail(c)) : NONE)),
  cancelInvitation: door(cancelInvitation, (c) => ({ invitationId: c.invitationId }), () => one()),
  approveInvitation: door(approveInvitation, (c) => ({ invitationId: c.invitationId }), (_d, c) => one(invitationEmail(c))),
  rejectInvitation: door(rejectInvitation, (c) => ({ invitationId: c.invitationId }), () => one()),
  addProjectMember: door(addProjectMember, (c) => ({ projectId: c.projectId, personId: c.personId, role: c.role }), () => one()),
  removeProjectMember: door(removeProjectMember, (c) => ({ projectId: c.projectId, personId: c.personId }), () => one()),
};

/** An invitation's email is about the hub or about one of its projects. */
const invitationEmail = (c: { project: boolean }): EmailKind => (c.project ? "project-invitation" : "hub-invitation");

/** Runs one resolved operation through its door. */
export function runCall(db: Db, actor: Actor, call: Call): Promise<Outcome> {
  const d = DOORS[call.kind] as Door<Call>;
  return d.run(db, actor, call);
}
