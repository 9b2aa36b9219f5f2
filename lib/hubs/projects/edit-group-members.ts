import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { groupMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadGroupMemberChangeFacts } from "@/lib/permissions/facts";
import { personIdInput } from "./project-input";
import { holdHubMembership } from "../hold-hub-membership";

export const editGroupMembersInput = z.object({ hubId: z.uuid(), groupId: z.uuid(), personId: personIdInput, change: z.enum(["add", "remove"]) });

/**
 * Adds a hub member to a group or removes one (PR-4, FP-3: same people as creating groups). Projects
 * the group is in follow at once, so the policy refuses what they would refuse: someone outside the
 * hub (PR-4), a deactivated member (HB-8), a Project Contributor when the group is on an Open project (LP-2).
 */
export const editGroupMembers = defineAction({
  input: editGroupMembersInput,
  action: "groups.editMembers",
  facts: async (tx, { hubId, groupId, personId, change }, actor) => {
    // HB-5: a person removed from the hub at the same moment waits, or is gone before the facts are read.
    if (change === "add") await holdHubMembership(tx, hubId, personId);
    return loadGroupMemberChangeFacts(tx, actor.personId, hubId, groupId, personId, change);
  },
  run: async (tx, { hubId, groupId, personId, change }, { facts }) => {
    if (change === "add") {
      await tx.insert(groupMembers).values({ groupId, personId }).onConflictDoNothing();
    } else {
      await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.personId, personId)));
    }
    return {
      data: { groupId },
      audit: { action: `group.member_${change === "add" ? "added" : "removed"}`, hubId, targetType: "group", targetId: groupId, targetLabel: facts.groupName, after: { personId, change } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}`],
});
