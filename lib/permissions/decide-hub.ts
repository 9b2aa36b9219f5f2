import { allow, deny, hidden, type Decision } from "./decision";
import { activeHubMember, hubMembership, isDecision, type Handler, type Handlers } from "./decide-common";
import { capReached, CAP_TEXT, DEPARTED_INVITEE_TEXT, LP2_TEXT, LP3_TEXT } from "./decide-project";
import { allowedHubRoleChanges, HUB_ROLE_LABELS, hubInvitationStatusOnSend, invitationState, invitationStateWords, nextInvitationState, roleOnAccept, type InvitationTransition } from "./hub-rules";
import type { RuleId } from "./rules";
import type { ActorFacts, ActorHubFacts, DepartureReason, HubInfo, HubTargetFacts, InvitationAcceptanceFacts, InvitationInfo } from "./types";

/** Hub administration: active hub administrators only (HB-6 / HB-3). */
function adminOnly(allowRule: RuleId, allowText: string, denyRule: RuleId, denyText: string): Handler<"hub"> {
  return (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    return m.role === "hub_admin" ? allow(allowRule, allowText) : deny(denyRule, denyText);
  };
}

/** HB-8: the change would leave the hub without an active hub administrator. */
function removesLastAdmin(hub: HubInfo, target: HubTargetFacts): boolean {
  return target.role === "hub_admin" && target.active && hub.activeHubAdminCount <= 1;
}

/** Gate for member changes: the actor must be an active hub administrator (HB-6). */
function hubAdmin(actor: ActorFacts, hub: HubInfo, denial: string): ActorHubFacts | Decision {
  const m = activeHubMember(actor, hub);
  if (isDecision(m) || m.role === "hub_admin") return m;
  return deny("HB-6", denial);
}

/** Invitation actions of hub administrators; the invitation must belong to this hub. */
function onInvitation(rule: RuleId, denial: string, body: (inv: InvitationInfo) => Decision): Handler<"invitation"> {
  return (actor, r) => {
    if (r.invitation.hubId !== r.hub.hubId) return hidden("HB-7", "This invitation is not one of this hub's");
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    if (m.role !== "hub_admin") return deny(rule, denial);
    return body(r.invitation);
  };
}

const isLive = (inv: InvitationInfo): boolean => inv.status === "pending" && !inv.expired;

/** HB-8 Decision, as the person the hub remembers is told it when they try to join by domain. */
const DEPARTED_JOIN_TEXT: Record<DepartureReason, string> = {
  removed: "A hub administrator removed you from this hub, so you cannot join it again by your email's domain: a hub administrator can invite you",
  left_while_deactivated: "You left this hub while your membership was deactivated, so you cannot join it again by your email's domain: a hub administrator can invite you",
};

/**
 * What accepting (not declining) must still respect at that moment: HB-8's memory of a departure,
 * and LP-2 / LP-3 / PR-6 for the role the invitee would hold (HB-5; they may have been demoted since).
 */
function acceptanceRefusal(current: ActorHubFacts | null, inv: InvitationInfo, a: InvitationAcceptanceFacts): Decision | null {
  // A remembered person is not a member (the memory goes when they come back), so only outsiders are asked.
  if (!current && a.departure && !a.departure.invitedBackByAdmin) {
    return deny("HB-8", "You were removed from this hub, or left it while deactivated: only a new invitation from one of its hub administrators brings you back");
  }
  if (!a.project) return null;
  const role = roleOnAccept(inv.projectId ? "project" : "hub", current?.role ?? null);
  if (role === "project_contributor" && a.project.visibility === "open") return deny("LP-2", LP2_TEXT);
  if (role === "project_contributor" && a.project.kind === "legacy" && a.projectRole === "project_admin") return deny("LP-3", LP3_TEXT);
  if (!a.alreadyProjectMember && capReached(a.project)) return deny("PR-6", CAP_TEXT);
  return null;
}

/** Allowed when HB-7's state machine allows `t` from the invitation's state; else names the state. */
function transition(inv: InvitationInfo, t: InvitationTransition, rule: RuleId, allowText: string, refused: string): Decision {
  const state = invitationState(inv.status, inv.expired);
  return nextInvitationState(state, t) ? allow(rule, allowText) : deny(rule, `This invitation is ${invitationStateWords(state)} and ${refused}`);
}

export const hubHandlers = {
  "hubs.view": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    return isDecision(m) ? m : allow("HB-9", "Hub members open the hub and see its projects as their hub role allows");
  },
  "hubs.rename": adminOnly("HB-3", "Hub administrators control the hub's name", "HB-6", "Only hub administrators change the hub's settings"),
  "hubs.manageAccess": (actor, r) => {
    const d = adminOnly("HB-3", "Hub administrators control who may join the hub and how invitations work", "HB-6", "Only hub administrators change the hub's settings")(actor, r);
    if (!d.allowed || !r.joinDomain?.publicMail) return d;
    return deny("HB-3", `${r.joinDomain.domain} is a public email service: anyone can have an address there, so it cannot be a join domain`);
  },
  "hubs.manageSharing": adminOnly("HB-3", "Hub administrators control the hub's sharing capability", "HB-6", "Only hub administrators change the hub's settings"),
  "hubs.viewMembers": adminOnly("HB-3", "Hub administrators manage the hub's members and roles", "HB-3", "Only hub administrators manage the hub's members"),
  "activity.viewHub": adminOnly("AU-2", "Hub administrators see the hub's activity log", "AU-2", "Only hub administrators see the hub's activity log"),
  "invitations.resendExpired": adminOnly("HB-7", "Hub administrators resend the hub's expired invitations", "HB-7", "Only hub administrators resend invitations"),
  "invitations.viewSent": adminOnly("HB-7", "Hub administrators see the hub's sent invitations", "HB-7", "Only hub administrators see the hub's sent invitations"),

  // HB-6 as refined by HB-3's Decision: the invitation mode lets Hub Members invite too.
  "hubs.invite": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    if (m.role === "hub_admin") return allow("HB-6", "Hub administrators invite people to the hub");
    if (m.role === "project_contributor") return deny("HB-6", "Project Contributors invite people to their projects, not to the hub");
    // The mode's meaning is written once, in hub-rules.ts; here it only gets its words.
    const status = hubInvitationStatusOnSend(r.hub.invitationMode, m.role);
    if (status !== null && r.invitee?.departure) return deny("HB-8", DEPARTED_INVITEE_TEXT);
    if (status === "awaiting_approval") return allow("HB-3", "In this hub a Hub Member's invitation waits for a hub administrator's approval");
    if (status === "pending") return allow("HB-3", "In this hub Hub Members' invitations go out directly");
    return deny("HB-6", "In this hub only hub administrators invite people");
  },

  "hubs.changeRole": (actor, r) => {
    const m = hubAdmin(actor, r.hub, "Only hub administrators change hub roles");
    if (isDecision(m)) return m;
    const from = r.target.role;
    if (from === r.toRole) return deny("HB-10", `This member is already ${HUB_ROLE_LABELS[from]}`);
    const next = allowedHubRoleChanges(from);
    if (!next.includes(r.toRole)) return deny("HB-10", `A ${HUB_ROLE_LABELS[from]} can become only ${next.map((x) => HUB_ROLE_LABELS[x]).join(" or ")}`);
    if (removesLastAdmin(r.hub, r.target)) return deny("HB-8", "The hub's last active hub administrator cannot be demoted");
    if (from === "project_contributor") return allow("LP-4", "A hub administrator can change a Project Contributor into a Hub Member");
    return allow("HB-10", `Hub administrators change a ${HUB_ROLE_LABELS[from]} into a ${HUB_ROLE_LABELS[r.toRole]}`);
  },

  "hubs.changeActivation": (actor, r) => {
    const m = hubAdmin(actor, r.hub, "Only hub administrators change a member's activation");
    if (isDecision(m)) return m;
    if (r.target.active === r.toActive) return deny("HB-8", `This member is already ${r.toActive ? "active" : "deactivated"}`);
    if (!r.toActive && removesLastAdmin(r.hub, r.target)) return deny("HB-8", "The hub's last active hub administrator cannot be deactivated");
    return allow("HB-6", r.toActive ? "Hub administrators reactivate members" : "Hub administrators deactivate members, who keep their roles but reach nothing");
  },

  "hubs.removeMember": (actor, r) => {
    const m = activeHubMember(actor, r.hub);
    if (isDecision(m)) return m;
    if (m.role !== "hub_admin") return deny("HB-3", "Only hub administrators remove members");
    if (removesLastAdmin(r.hub, r.target)) return deny("HB-8", "The hub's last active hub administrator cannot be removed");
    return allow("HB-3", "Hub administrators remove members; their pending invitations are cancelled");
  },

  // Each transition's allowed starting states are HB-7's table in hub-rules.ts.
  "invitations.resend": onInvitation("HB-7", "Only hub administrators resend invitations", (inv) =>
    transition(inv, "resend", "HB-7", "Resending renews the invitation for 7 days and the old link stops working", "cannot be resent"),
  ),
  "invitations.cancel": onInvitation("HB-7", "Only hub administrators cancel invitations", (inv) =>
    transition(inv, "cancel", "HB-7", "Hub administrators cancel pending invitations", "cannot be cancelled"),
  ),
  "invitations.approve": onInvitation("HB-3", "Only hub administrators approve members' invitations", (inv) =>
    transition(inv, "approve", "HB-3", "Hub administrators approve members' invitations", "cannot be approved: only invitations awaiting approval can"),
  ),
  "invitations.reject": onInvitation("HB-3", "Only hub administrators reject members' invitations", (inv) =>
    transition(inv, "reject", "HB-3", "Hub administrators reject members' invitations", "cannot be rejected: only invitations awaiting approval can"),
  ),

  // HB-3 Decision: a person whose email domain is a join domain joins as a Hub Member.
  "hubs.join": (actor, r) => {
    const m = hubMembership(actor, r.hub);
    if (m) return deny("HB-4", m.active ? "You are already a member of this hub" : "Your membership of this hub is deactivated: a hub administrator can reactivate you");
    if (!r.joinByDomain) return hidden("HB-3", "Only people whose email domain is one of the hub's join domains join without an invitation");
    if (r.departure) return deny("HB-8", DEPARTED_JOIN_TEXT[r.departure]);
    return allow("HB-3", "Your email's domain is one of the hub's join domains: you join as a Hub Member");
  },
  // HB-8 Decision: any member may leave, a deactivated one too, except the last active hub
  // administrator (a deactivated administrator is not active, so they may leave).
  "hubs.leave": (actor, r) => {
    if (r.target.personId !== actor.personId) return hidden("HB-8", "Only a member leaves a hub, and only themselves");
    if (!hubMembership(actor, r.hub)) return hidden("HB-3", "Only the hub's members can reach it");
    if (removesLastAdmin(r.hub, r.target)) return deny("HB-8", "The hub's last active hub administrator cannot leave: make another member a hub administrator first");
    return allow("HB-8", "Any member may leave a hub");
  },

  // The invitee need not be a member yet: being the addressee is what counts (HB-7).
  "invitations.respond": (actor, r) => {
    const inv = r.invitation;
    // Never sent to them (still awaiting approval, or rejected): it does not exist for them.
    if (!inv.addressedToActor || inv.status === "awaiting_approval" || inv.status === "rejected") {
      return hidden("HB-7", "An invitation can be answered only by the person it was sent to");
    }
    // HB-8: a deactivated member reaches none of the hub's projects, by invitation neither.
    const m = hubMembership(actor, r.hub);
    if (inv.projectId && m && !m.active) {
      return deny("HB-8", "Your membership of this hub is deactivated: you cannot join its projects until a hub administrator reactivates you");
    }
    if (isLive(inv)) return (r.acceptance && acceptanceRefusal(m, inv, r.acceptance)) || allow("HB-7", "The invitee accepts or declines their pending invitation");
    if (inv.expired || inv.status === "expired") return deny("HB-7", "This invitation has expired: ask a hub administrator to resend it");
    if (inv.status === "cancelled") return deny("HB-7", "This invitation was cancelled");
    return deny("HB-7", `This invitation was already ${inv.status}`);
  },
} satisfies Partial<Handlers>;
