import { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { groupMembers, groups, hubMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/actions/result";
import { loadHubFacts } from "@/lib/permissions/facts";
import { groupName, personIdInput } from "./project-input";

export const createGroupInput = z.object({ hubId: z.uuid(), name: groupName, memberIds: z.array(personIdInput).max(500).default([]) });

/**
 * Creates a hub-level group of members (PR-4): hub administrators, and project
 * administrators who are Hub Members; never a Project Contributor, even one who
 * administers a project (FP-3). Members must belong to the hub; names are unique per hub.
 */
export const createGroup = defineAction({
  input: createGroupInput,
  action: "groups.manage",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, name, memberIds }, { actor }) => {
    const ids = [...new Set(memberIds)];
    if (ids.length) {
      const found = await tx.select({ id: hubMembers.personId }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), inArray(hubMembers.personId, ids)));
      // Ids of people who are not in this hub name nobody the hub knows (scoped reads): not found.
      if (found.length !== ids.length) throw notFound("A person to add to the group");
    }
    const [g] = await tx.insert(groups).values({ hubId, name, createdBy: actor.personId }).onConflictDoNothing().returning({ id: groups.id });
    // conflict: the hub's unique group-name index refused a duplicate name.
    if (!g) throw conflict(`This hub already has a group named ${name}.`, "PR-4");
    if (ids.length) await tx.insert(groupMembers).values(ids.map((personId) => ({ groupId: g.id, personId })));
    return {
      data: { groupId: g.id },
      audit: { action: "group.created", hubId, targetType: "group", targetId: g.id, targetLabel: name, after: { name, members: ids.length } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}`],
});
