import { z } from "zod";
import { eq } from "drizzle-orm";
import { projectItems } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { itemName, projectHeader, projectItem, projectPath } from "./project-input";

export const renameItemInput = z.object({ projectId: z.uuid(), itemId: z.uuid(), name: itemName });

/** Renames a folder or item: Editors and Project Administrators (PR-1). */
export const renameItem = defineAction({
  input: renameItemInput,
  action: "projects.editContent",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, itemId, name }) => {
    const item = await projectItem(tx, projectId, itemId);
    const p = await projectHeader(tx, projectId);
    await tx.update(projectItems).set({ name, updatedAt: new Date() }).where(eq(projectItems.id, itemId));
    return {
      data: { itemId, hubId: p.hubId },
      audit: { action: "project.item_renamed", hubId: p.hubId, targetType: "project_item", targetId: itemId, targetLabel: name, before: { name: item.name }, after: { name } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
