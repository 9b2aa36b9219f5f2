import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { hubMembers, people, projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { loadProjectInviteFacts } from "@/lib/permissions/facts";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions";
import { personIdInput, projectHeader, projectPath, projectRoleInput } from "./project-input";
import { holdProjectHubMembership } from "../hold-hub-membership";

export const addProjectMemberInput = z.object({ projectId: z.uuid(), personId: personIdInput, role: projectRoleInput });

/**
 * Adds an existing member of the hub to the project with a project role no higher than the
 * adder's own (PR-3). Project Contributors never join Open projects (LP-2) nor become project
 * administrator of a legacy one (LP-3). The project row is locked before counting, so two
 * additions at once cannot pass the 500-member cap (PR-6) together. People outside the hub
 * are invited by email through the hub's invitation lifecycle instead (HB-5).
 */
export const addProjectMember = defineAction({
  input: addProjectMemberInput,
  action: "projects.invite",
  facts: async (tx, { projectId, personId, role }, actor) => {
    // Before their hub role is read: a demotion or removal at the same moment runs wholly before or after (HB-5, LP-2, LP-3).
    await holdProjectHubMembership(tx, projectId, personId);
    const [target] = await tx.select({ email: people.email }).from(people).where(eq(people.id, personId));
    if (!target) return null;
    return loadProjectInviteFacts(tx, actor.personId, projectId, target.email, role, { lock: true });
  },
  run: async (tx, { projectId, personId, role }, { facts }) => {
    const p = await projectHeader(tx, projectId);
    const [m] = await tx
      .select({ role: hubMembers.role, name: people.name, email: people.email })
      .from(hubMembers)
      .innerJoin(people, eq(people.id, hubMembers.personId))
      .where(and(eq(hubMembers.hubId, facts.resource.hub.hubId), eq(hubMembers.personId, personId)));
    // Only the hub's members are added directly; anyone else is invited by email (HB-5).
    if (!m) throw notFound("This member of the hub");
    await tx.insert(projectMembers).values({ projectId, personId, role });
    const label = m.name ? `${m.name} <${m.email}>` : m.email;
    return {
      data: { personId, hubId: p.hubId },
      audit: {
        action: "project.member_added",
        hubId: p.hubId,
        targetType: "person",
        targetId: personId,
        targetLabel: label,
        after: { project: p.name, role: PROJECT_ROLE_LABELS[role] },
      },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
