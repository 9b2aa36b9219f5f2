import { defineAction } from "@/lib/actions/define-action";
import { loadHubMemberFacts } from "@/lib/permissions/facts";
import { hubIdInput } from "./hub-input";
import { detachFromHub, detachSideEffects } from "./leave-effects";
import { lockHubAdmins } from "./lock-hub-admins";

/**
 * HB-8 Decision: any member may leave a hub themselves, except its last active hub administrator.
 * Leaving while deactivated is remembered (joining again by domain is refused), so deactivation
 * cannot be undone by the member; leaving while active is not.
 */
export const leaveHub = defineAction({
  input: hubIdInput,
  action: "hubs.leave",
  facts: async (tx, { hubId }, actor) => {
    await lockHubAdmins(tx, hubId);
    return loadHubMemberFacts(tx, actor.personId, hubId, actor.personId);
  },
  run: async (tx, { hubId }, { actor, facts }) => {
    const { target } = facts.resource;
    const effects = await detachFromHub(tx, hubId, actor.personId, target.active ? null : { reason: "left_while_deactivated", by: null });
    return {
      data: { hubId, ...effects },
      audit: {
        action: "hub.member_left",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "hub_member",
        targetId: actor.personId,
        targetLabel: actor.name,
        before: { role: target.role, active: target.active },
        ...(effects.remembered ? { after: { departure: effects.remembered } } : {}),
        sideEffects: detachSideEffects(effects),
      },
    };
  },
  revalidate: () => ["/hubs"],
});
