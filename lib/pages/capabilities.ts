import { allowedHubRoleChanges, decide, type ActorFacts, type CatalogEntry, type HubInfo, type HubRole, type InvitationInfo, type ProjectResource, type ProjectRole, type ResourceFacts, type RuleId } from "@/lib/permissions";
import type { Loaded } from "@/lib/permissions/facts";

/** What a control may do, and (when it may not) why, with the rule: what pages pass to components. */
export type Capability = { allowed: boolean; reason: string; rule: RuleId };

type KeysOn<R extends ResourceFacts> = Extract<CatalogEntry, { resource: R["kind"] }>["key"];

/**
 * The policy's answer for each action on these facts, for a page to hand to its components
 * (which never decide). The one way pages turn facts into buttons and reasons.
 */
export function capabilities<R extends ResourceFacts, K extends KeysOn<R>>(loaded: Loaded<R>, keys: readonly K[]): Record<K, Capability> {
  const out = {} as Record<K, Capability>;
  for (const key of keys) {
    const d = decide(loaded.actor, key, loaded.resource as never);
    out[key] = { allowed: d.allowed, reason: d.reason, rule: d.rule };
  }
  return out;
}

/** One action's answer on one resource, for a row (its own resource: a member, an invitation…). */
export function capability<R extends ResourceFacts, K extends KeysOn<R>>(actor: ActorFacts, key: K, resource: R): Capability {
  const d = decide(actor, key, resource as never);
  return { allowed: d.allowed, reason: d.reason, rule: d.rule };
}

/** A hub member's row (HB-6, HB-8, HB-10): the role changes HB-10 allows from their role, (de)activation, removal. */
export function hubMemberCapabilities(actor: ActorFacts, hub: HubInfo, m: { personId: string; role: HubRole; active: boolean }) {
  const target = { personId: m.personId, role: m.role, active: m.active };
  return {
    roles: allowedHubRoleChanges(m.role).map((role) => ({ role, ...capability(actor, "hubs.changeRole", { kind: "hubRoleChange", hub, target, toRole: role }) })),
    activation: capability(actor, "hubs.changeActivation", { kind: "hubActivationChange", hub, target, toActive: !m.active }),
    remove: capability(actor, "hubs.removeMember", { kind: "hubMember", hub, target }),
  };
}

/** A sent invitation's row (HB-7): which transitions its state allows this actor. */
export function invitationCapabilities(actor: ActorFacts, hub: HubInfo, r: { invitationId: string; status: InvitationInfo["status"] }) {
  const invitation: InvitationInfo = { invitationId: r.invitationId, hubId: hub.hubId, projectId: null, status: r.status, expired: r.status === "expired", addressedToActor: false };
  const res = { kind: "invitation", hub, invitation } as const;
  return {
    resend: capability(actor, "invitations.resend", res),
    cancel: capability(actor, "invitations.cancel", res),
    approve: capability(actor, "invitations.approve", res),
    reject: capability(actor, "invitations.reject", res),
  };
}

/** LP-3, FP-3, PR-1 per project member: whether the role selector may offer Project Administrator, with the reason. */
export function promoteCapabilities(facts: Loaded<ProjectResource>, members: readonly { personId: string; role: ProjectRole; hubRole: HubRole | null }[]): Record<string, Capability> {
  const out: Record<string, Capability> = {};
  const { hub, project } = facts.resource;
  for (const m of members) {
    out[m.personId] = capability(facts.actor, "projects.makeAdmin", { kind: "projectMember", hub, project, target: { personId: m.personId, hubRole: m.hubRole, projectRole: m.role, directRole: m.role } });
  }
  return out;
}
