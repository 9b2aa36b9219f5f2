import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { loadProjectMemberFacts } from "@/lib/permissions/facts";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { personLabels } from "@/lib/people/people";
import { personIdInput, projectHeader, projectPath } from "./project-input";
import { holdProjectHubMembership } from "../hold-hub-membership";

export const promoteProjectAdminInput = z.object({ projectId: z.uuid(), personId: personIdInput });

/**
 * Makes a project member Project Administrator. Never a Project Contributor in a legacy
 * project (LP-3); in a folder-level one they may be, and still cannot create groups or
 * transfer (FP-3, decided elsewhere on their hub role).
 */
export const promoteProjectAdmin = defineAction({
  input: promoteProjectAdminInput,
  action: "projects.makeAdmin",
  facts: async (tx, { projectId, personId }, actor) => {
    // Before their hub role is read: a demotion to Project Contributor at the same moment runs wholly before or after (LP-3).
    await holdProjectHubMembership(tx, projectId, personId);
    return loadProjectMemberFacts(tx, actor.personId, projectId, personId);
  },
  run: async (tx, { projectId, personId }, { facts }) => {
    const before = facts.resource.target.projectRole;
    const p = await projectHeader(tx, projectId);
    const updated = await tx
      .update(projectMembers)
      .set({ role: "project_admin" })
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId)))
      .returning({ personId: projectMembers.personId });
    // conflict: they left the project between the facts and this update (the policy saw their own row).
    if (updated.length === 0) throw conflict("Add this person to the project before making them its administrator.", "PR-1");
    return {
      data: { personId, hubId: p.hubId },
      audit: {
        action: "project.member_role_changed",
        hubId: p.hubId,
        targetType: "person",
        targetId: personId,
        // The log names the person (AU-1 "target"), as every other event does, not only their id.
        targetLabel: (await personLabels(tx, [personId])).get(personId) ?? personId,
        before: { project: p.name, role: before ? PROJECT_ROLE_LABELS[before] : null },
        after: { project: p.name, role: PROJECT_ROLE_LABELS.project_admin },
        sideEffects: facts.resource.target.hubRole === "project_contributor" ? [{ rule: "FP-3", effect: "A Project Contributor administrator still cannot create groups or transfer projects" }] : [],
      },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
