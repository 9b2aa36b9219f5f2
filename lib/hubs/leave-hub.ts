import { defineAction } from "@/lib/actions/define-action";
import { loadHubMemberFacts } from "@/lib/permissions";
import { hubIdInput } from "./hub-input";
import { detachFromHub } from "./leave-effects";
import { lockHubAdmins } from "./lock-hub-admins";

/** HB-8 Decision: any member may leave a hub themselves, except its last active hub administrator. */
export const leaveHub = defineAction({
  input: hubIdInput,
  action: "hubs.leave",
  facts: async (tx, { hubId }, actor) => {
    await lockHubAdmins(tx, hubId);
    return loadHubMemberFacts(tx, actor.personId, hubId, actor.personId);
  },
  run: async (tx, { hubId }, { actor, facts }) => {
    const effects = await detachFromHub(tx, hubId, actor.personId);
    return {
      data: { hubId, ...effects },
      audit: {
        action: "hub.member_left",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "hub_member",
        targetId: actor.personId,
        targetLabel: actor.name,
        before: { role: facts.resource.target.role, active: facts.resource.target.active },
      },
    };
  },
  revalidate: () => ["/hubs"],
});
