import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { INVITATION_STATES, INVITATION_TRANSITIONS, INVITATION_STATE_MACHINE, nextInvitationState, type InvitationState, type InvitationTransition } from "./hub-rules";
import type { InvitationStatus } from "./types";
import { contributor, decisionTable, hub, hubAdmin, hubMember, no, notFound, when, yes } from "@/test/support/test-facts";

// HB-7's transitions, written out once more by hand: the table must say exactly this.
const EXPECTED: Record<InvitationTransition, Partial<Record<InvitationState, InvitationStatus>>> = {
  send: { none: "pending" },
  approve: { awaiting_approval: "pending" },
  reject: { awaiting_approval: "rejected" },
  resend: { pending: "pending", expired: "pending" },
  cancel: { pending: "cancelled", awaiting_approval: "cancelled" },
  accept: { pending: "accepted" },
  decline: { pending: "declined" },
  expire: { pending: "expired" },
};

describe("HB-7 invitation state machine", () => {
  for (const state of INVITATION_STATES) {
    for (const t of INVITATION_TRANSITIONS) {
      const want = EXPECTED[t][state] ?? null;
      it(`HB-7 ${t} from ${state}: ${want ? `→ ${want}` : "refused"}`, () => {
        expect(nextInvitationState(state, t)).toBe(want);
      });
    }
  }
  it("HB-3 approve and reject are the approval step's, named HB-3", () => {
    expect(INVITATION_STATE_MACHINE.approve.rule).toBe("HB-3");
    expect(INVITATION_STATE_MACHINE.reject.rule).toBe("HB-3");
  });
});

// The policy answers from the same table, for every stored state × administrator transition.
const inv = (status: InvitationStatus, expired = false, addressedToActor = false) =>
  ({ kind: "invitation", hub: hub(), invitation: { invitationId: "inv-1", hubId: "hub-1", projectId: null, status, expired, addressedToActor } }) as const;
const ADMIN_ACTIONS = { resend: "invitations.resend", cancel: "invitations.cancel", approve: "invitations.approve", reject: "invitations.reject" } as const;
const STORED: readonly [InvitationStatus, boolean, InvitationState][] = [
  ["awaiting_approval", false, "awaiting_approval"],
  ["pending", false, "pending"],
  ["pending", true, "expired"],
  ["expired", true, "expired"],
  ["accepted", false, "accepted"],
  ["declined", false, "declined"],
  ["cancelled", false, "cancelled"],
  ["rejected", false, "rejected"],
];

describe("HB-7 the policy follows the state machine", () => {
  for (const [status, expired, state] of STORED) {
    for (const [t, action] of Object.entries(ADMIN_ACTIONS) as [keyof typeof ADMIN_ACTIONS, (typeof ADMIN_ACTIONS)[keyof typeof ADMIN_ACTIONS]][]) {
      const allowed = nextInvitationState(state, t) !== null;
      it(`${INVITATION_STATE_MACHINE[t].rule} hub administrator ${t}s a ${state} invitation: ${allowed ? "allowed" : "refused"}`, () => {
        const d = decide(hubAdmin(), action, inv(status, expired));
        expect(d.allowed).toBe(allowed);
        expect(d.rule).toBe(INVITATION_STATE_MACHINE[t].rule);
      });
    }
    const answerable = nextInvitationState(state, "accept") !== null;
    const hiddenToInvitee = status === "awaiting_approval" || status === "rejected";
    it(`HB-7 the invitee answers a ${state} invitation: ${answerable ? "allowed" : hiddenToInvitee ? "not found" : "refused"}`, () => {
      const d = decide({ personId: "me", account: null, hub: null, project: null }, "invitations.respond", inv(status, expired, true));
      expect(d.allowed).toBe(answerable);
      expect(d.visible).toBe(!hiddenToInvitee);
    });
  }
});

const joinable = { kind: "hub", hub: hub(), joinByDomain: true } as const;
const self = (role: "hub_admin" | "hub_member", admins = 2) => ({ kind: "hubMember", hub: hub({ activeHubAdminCount: admins }), target: { personId: "me", role, active: true } }) as const;

describe("HB-3 joining by domain and HB-8 leaving", () => {
  decisionTable([
    when("HB-3 a person at a join domain joins as a Hub Member", { personId: "me", account: null, hub: null, project: null }, "hubs.join", joinable, yes("HB-3")),
    when("HB-3 a person at another domain does not see the hub to join", { personId: "me", account: null, hub: null, project: null }, "hubs.join", { kind: "hub", hub: hub() }, notFound("HB-3")),
    when("HB-4 a member does not join again", hubMember(), "hubs.join", joinable, no("HB-4")),
    when("HB-8 a Hub Member leaves the hub", hubMember(), "hubs.leave", self("hub_member"), yes("HB-8")),
    when("HB-8 a Project Contributor leaves the hub", contributor(), "hubs.leave", { ...self("hub_member"), target: { personId: "me", role: "project_contributor", active: true } }, yes("HB-8")),
    when("HB-8 one of two hub administrators leaves", hubAdmin(), "hubs.leave", self("hub_admin"), yes("HB-8")),
    when("HB-8 the last active hub administrator cannot leave", hubAdmin(), "hubs.leave", self("hub_admin", 1), no("HB-8")),
    when("HB-8 nobody makes someone else leave", hubAdmin(), "hubs.leave", { ...self("hub_member"), target: { personId: "other", role: "hub_member", active: true } }, notFound("HB-8")),
  ]);
});
