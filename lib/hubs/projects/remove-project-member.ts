import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { personLabels } from "@/lib/people/people";
import { personIdInput, projectHeader, projectPath } from "./project-input";

export const removeProjectMemberInput = z.object({ projectId: z.uuid(), personId: personIdInput });

/** Removes a person from the project (PR-1: project and hub administrators). Their hub role is untouched. */
export const removeProjectMember = defineAction({
  input: removeProjectMemberInput,
  action: "projects.manageMembers",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, personId }) => {
    const p = await projectHeader(tx, projectId);
    const [removed] = await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId)))
      .returning({ role: projectMembers.role });
    if (!removed) throw notFound("This project member");
    // The log names the person (AU-1 "target"), as every other event does, not only their id.
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    return {
      data: { personId, hubId: p.hubId },
      audit: { action: "project.member_removed", hubId: p.hubId, targetType: "person", targetId: personId, targetLabel: label, before: { project: p.name, role: PROJECT_ROLE_LABELS[removed.role] } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
