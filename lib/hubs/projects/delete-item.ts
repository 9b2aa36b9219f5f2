import { z } from "zod";
import { eq } from "drizzle-orm";
import { projectItems } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { projectHeader, projectItem, projectPath } from "./project-input";

export const deleteItemInput = z.object({ projectId: z.uuid(), itemId: z.uuid() });

/** Deletes a folder (with what it holds) or an item: Editors and Project Administrators (PR-1). Its share links go with it. */
export const deleteItem = defineAction({
  input: deleteItemInput,
  action: "projects.editContent",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, itemId }) => {
    const item = await projectItem(tx, projectId, itemId);
    const p = await projectHeader(tx, projectId);
    await tx.delete(projectItems).where(eq(projectItems.id, itemId));
    return {
      data: { itemId, hubId: p.hubId },
      audit: { action: "project.item_deleted", hubId: p.hubId, targetType: "project_item", targetId: itemId, targetLabel: item.name, before: { name: item.name, kind: item.kind } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
