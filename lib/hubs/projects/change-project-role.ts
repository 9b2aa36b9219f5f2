import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { personLabels } from "@/lib/people/people";
import { personIdInput, projectHeader, projectPath } from "./project-input";

export const changeProjectRoleInput = z.object({ projectId: z.uuid(), personId: personIdInput, role: z.enum(["editor", "viewer"]) });

/** Sets a member's role to Editor or Viewer (PR-1: project and hub administrators). Promotion to administrator is promote-project-admin (LP-3). */
export const changeProjectRole = defineAction({
  input: changeProjectRoleInput,
  action: "projects.manageMembers",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, personId, role }) => {
    const p = await projectHeader(tx, projectId);
    const [before] = await tx
      .select({ role: projectMembers.role })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId)))
      .for("update");
    if (!before) throw notFound("This project member");
    await tx.update(projectMembers).set({ role }).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId)));
    return {
      data: { personId, hubId: p.hubId },
      audit: {
        action: "project.member_role_changed",
        hubId: p.hubId,
        targetType: "person",
        targetId: personId,
        // The log names the person (AU-1 "target"), as every other event does, not only their id.
        targetLabel: (await personLabels(tx, [personId])).get(personId) ?? personId,
        before: { project: p.name, role: PROJECT_ROLE_LABELS[before.role] },
        after: { project: p.name, role: PROJECT_ROLE_LABELS[role] },
      },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
