import { z } from "zod";
import { projectMembers, projects } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions/facts";
import { KIND_LABELS, projectKindInput, projectName } from "./project-input";

export const createProjectInput = z.object({ hubId: z.uuid(), name: projectName, kind: projectKindInput });

/**
 * Creates a folder-level or legacy (Open, Closed, Secret) project. Hub Members and hub
 * administrators only (FP-2, FP-4, LP-3, LP-5); the creator becomes its Project Administrator.
 */
export const createProject = defineAction({
  input: createProjectInput,
  action: "projects.create",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, name, kind }, { actor }) => {
    const shape = kind === "folder" ? { kind: "folder" as const, visibility: null } : { kind: "legacy" as const, visibility: kind };
    const [p] = await tx.insert(projects).values({ hubId, name, ...shape, ownerId: actor.personId }).returning({ id: projects.id });
    await tx.insert(projectMembers).values({ projectId: p!.id, personId: actor.personId, role: "project_admin" });
    return {
      data: { projectId: p!.id },
      audit: {
        action: "project.created",
        hubId,
        targetType: "project",
        targetId: p!.id,
        targetLabel: name,
        after: { name, kind: KIND_LABELS[kind] },
        sideEffects: [{ rule: "PR-1", effect: `${actor.name} became the project's Project Administrator` }],
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}`],
});
