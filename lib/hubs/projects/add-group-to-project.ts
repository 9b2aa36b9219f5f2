import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { groups, projectGroups } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { loadProjectGroupAddFacts } from "@/lib/permissions/facts";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { projectHeader, projectPath } from "./project-input";

export const addGroupToProjectInput = z.object({ projectId: z.uuid(), groupId: z.uuid(), role: z.enum(["editor", "viewer"]) });

/**
 * Adds a hub group to the project with one role (PR-4): its members get it at once. The
 * group counts as one member toward the 500 cap (PR-6), counted under the project row lock;
 * a group holding Project Contributors is refused on an Open project (LP-2). Both are decided
 * by the policy on the facts loaded here.
 */
export const addGroupToProject = defineAction({
  input: addGroupToProjectInput,
  action: "projects.addGroup",
  facts: (tx, { projectId, groupId }, actor) => loadProjectGroupAddFacts(tx, actor.personId, projectId, groupId, { lock: true }),
  run: async (tx, { projectId, groupId, role }, { facts }) => {
    const p = await projectHeader(tx, projectId);
    const [g] = await tx.select({ name: groups.name }).from(groups).where(and(eq(groups.id, groupId), eq(groups.hubId, facts.resource.hub.hubId)));
    if (!g) throw notFound("This group");
    await tx.insert(projectGroups).values({ projectId, groupId, role });
    return {
      data: { groupId, hubId: p.hubId },
      audit: { action: "project.group_added", hubId: p.hubId, targetType: "group", targetId: groupId, targetLabel: g.name, after: { project: p.name, role: PROJECT_ROLE_LABELS[role] } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
