import { defineAction } from "@/lib/actions/define-action";
import { loadHubMemberFacts } from "@/lib/permissions";
import { personLabels } from "@/lib/people/people";
import { hubMemberInput } from "./hub-input";
import { detachFromHub } from "./leave-effects";
import { lockHubAdmins } from "./lock-hub-admins";

/** HB-3: a hub administrator removes a member; HB-7: their pending invitations are cancelled; HB-8: never the last active administrator. */
export const removeHubMember = defineAction({
  input: hubMemberInput,
  action: "hubs.removeMember",
  facts: async (tx, { hubId, personId }, actor) => {
    await lockHubAdmins(tx, hubId);
    return loadHubMemberFacts(tx, actor.personId, hubId, personId);
  },
  run: async (tx, { hubId, personId }, { facts }) => {
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    const effects = await detachFromHub(tx, hubId, personId);
    return {
      data: { hubId, personId, ...effects },
      audit: {
        action: "hub.member_removed",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "hub_member",
        targetId: personId,
        targetLabel: label,
        before: { role: facts.resource.target.role, active: facts.resource.target.active },
        sideEffects: [
          ...(effects.cancelledInvitations > 0 ? [{ rule: "HB-7", effect: `${effects.cancelledInvitations} pending invitation(s) addressed to them cancelled` }] : []),
          ...(effects.projects > 0 ? [{ rule: "HB-3", effect: `Removed from ${effects.projects} project(s) of the hub` }] : []),
        ],
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/members`],
});
