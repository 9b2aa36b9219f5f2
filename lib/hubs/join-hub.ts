import { hubMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { hubIdInput } from "./hub-input";
import { loadJoinFacts } from "@/lib/permissions/facts";

/** HB-3 Decision: a person whose email domain is one of the hub's join domains joins as a Hub Member, in one click. */
export const joinHub = defineAction({
  input: hubIdInput,
  action: "hubs.join",
  facts: (tx, { hubId }, actor) => loadJoinFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId }, { actor }) => {
    // A double click, or an invitation accepted at the same moment: the primary key (HB-4) keeps
    // one membership, and only the request that made it records the join (AU-1).
    const joined = await tx.insert(hubMembers).values({ hubId, personId: actor.personId, role: "hub_member" }).onConflictDoNothing().returning({ personId: hubMembers.personId });
    if (joined.length === 0) return { data: { hubId, joined: false }, audit: [] };
    return {
      data: { hubId, joined: true },
      audit: { action: "hub.member_joined", hubId, targetType: "hub_member", targetId: actor.personId, targetLabel: actor.name, after: { role: "hub_member", by: "join domain" } },
    };
  },
  revalidate: ({ hubId }) => ["/hubs", `/hubs/${hubId}`],
});
