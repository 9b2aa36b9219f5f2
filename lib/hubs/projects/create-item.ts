import { z } from "zod";
import { projectItems } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { itemName, projectHeader, projectItem, projectPath } from "./project-input";

export const createItemInput = z.object({
  projectId: z.uuid(),
  kind: z.enum(["folder", "file"]),
  name: itemName,
  /** The folder to create it in; absent = the project's top level. */
  parentId: z.uuid().optional(),
});

/** Creates a folder or a named item (no file storage): Editors and Project Administrators (PR-1). */
export const createItem = defineAction({
  input: createItemInput,
  action: "projects.editContent",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, kind, name, parentId }, { actor }) => {
    if (parentId) {
      const parent = await projectItem(tx, projectId, parentId);
      if (parent.kind !== "folder") throw conflict("Items go inside folders, not inside other items.");
    }
    const p = await projectHeader(tx, projectId);
    const [item] = await tx.insert(projectItems).values({ projectId, kind, name, parentId: parentId ?? null, createdBy: actor.personId }).returning({ id: projectItems.id });
    return {
      data: { itemId: item!.id, hubId: p.hubId },
      audit: { action: "project.item_created", hubId: p.hubId, targetType: "project_item", targetId: item!.id, targetLabel: name, after: { project: p.name, kind, name } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
