import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { hubMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubActivationChangeFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { text } from "@/lib/input/schemas";
import { lockHubAdmins } from "./lock-hub-admins";

/**
 * HB-6 / HB-8: a hub administrator deactivates or reactivates a member. A deactivated
 * member keeps their roles but reaches nothing; their next request is refused, since every
 * hub page and action reads the active flag afresh. Never the last active administrator.
 */
export const setMemberActivation = defineAction({
  input: z.object({ hubId: z.uuid(), personId: text({ max: 200 }).min(1), active: z.boolean() }),
  action: "hubs.changeActivation",
  facts: async (tx, { hubId, personId, active }, actor) => {
    await lockHubAdmins(tx, hubId);
    return loadHubActivationChangeFacts(tx, actor.personId, hubId, personId, active);
  },
  run: async (tx, { hubId, personId, active }, { facts }) => {
    await tx.update(hubMembers).set({ active }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    return {
      data: { hubId, personId, active },
      audit: {
        action: active ? "hub.member_reactivated" : "hub.member_deactivated",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "hub_member",
        targetId: personId,
        targetLabel: label,
        before: { active: !active, role: facts.resource.target.role },
        after: { active, role: facts.resource.target.role },
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/members`],
});
