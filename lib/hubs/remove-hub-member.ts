import { defineAction } from "@/lib/actions/define-action";
import { loadHubMemberFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { hubMemberInput } from "./hub-input";
import { detachFromHub, detachSideEffects } from "./leave-effects";
import { lockHubAdmins } from "./lock-hub-admins";

/**
 * HB-3: a hub administrator removes a member; HB-7: their pending invitations are cancelled; HB-8:
 * never the last active administrator, and (Decision) the hub remembers the removal, so the person
 * cannot join again by domain: only a hub administrator's invitation brings them back.
 */
export const removeHubMember = defineAction({
  input: hubMemberInput,
  action: "hubs.removeMember",
  facts: async (tx, { hubId, personId }, actor) => {
    await lockHubAdmins(tx, hubId);
    return loadHubMemberFacts(tx, actor.personId, hubId, personId);
  },
  run: async (tx, { hubId, personId }, { actor, facts }) => {
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    const effects = await detachFromHub(tx, hubId, personId, { reason: "removed", by: actor.personId });
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
        after: { departure: "removed" },
        sideEffects: detachSideEffects(effects),
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/members`],
});
