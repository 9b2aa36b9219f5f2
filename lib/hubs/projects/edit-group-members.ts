import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { groupMembers, groups, hubMembers, projectGroups, projects } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, DomainError, notFound } from "@/lib/actions/result";
import { loadHubFacts } from "@/lib/permissions";
import { personIdInput } from "./project-input";

export const editGroupMembersInput = z.object({ hubId: z.uuid(), groupId: z.uuid(), personId: personIdInput, change: z.enum(["add", "remove"]) });

/** Adds a hub member to a group or removes one (PR-4, FP-3: same people as creating groups). Projects the group is in follow at once. */
export const editGroupMembers = defineAction({
  input: editGroupMembersInput,
  action: "groups.manage",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, groupId, personId, change }) => {
    const [g] = await tx.select({ name: groups.name }).from(groups).where(and(eq(groups.id, groupId), eq(groups.hubId, hubId)));
    if (!g) throw notFound("This group");
    if (change === "add") {
      const [m] = await tx.select({ id: hubMembers.personId, role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
      if (!m) throw conflict("A group holds only members of this hub.", "PR-4");
      if (m.role === "project_contributor") {
        // LP-2: the group's members are members of its projects, so a Project Contributor cannot join a group that is on an Open project.
        const [open] = await tx
          .select({ name: projects.name })
          .from(projectGroups)
          .innerJoin(projects, eq(projects.id, projectGroups.projectId))
          .where(and(eq(projectGroups.groupId, groupId), eq(projects.kind, "legacy"), eq(projects.visibility, "open")))
          .limit(1);
        if (open) throw new DomainError("denied", `This group is on the Open project ${open.name}, and Project Contributors cannot be members of Open projects (LP-2).`, "LP-2");
      }
      await tx.insert(groupMembers).values({ groupId, personId }).onConflictDoNothing();
    } else {
      await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.personId, personId)));
    }
    return {
      data: { groupId },
      audit: { action: `group.member_${change === "add" ? "added" : "removed"}`, hubId, targetType: "group", targetId: groupId, targetLabel: g.name, after: { personId, change } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}`],
});
