import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { projectItems, shareLinks } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { projectHeader, projectPath } from "./project-input";

export const revokeShareLinkInput = z.object({ projectId: z.uuid(), linkId: z.uuid() });

/** A project administrator (or hub administrator, PR-1/HB-9) revokes a share link: it answers "no longer shared" at once (HB-3), whether sharing is on or off. */
export const revokeShareLink = defineAction({
  input: revokeShareLinkInput,
  action: "projects.manageMembers",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, linkId }) => {
    const p = await projectHeader(tx, projectId);
    const [link] = await tx
      .select({ id: shareLinks.id, item: projectItems.name })
      .from(shareLinks)
      .innerJoin(projectItems, eq(projectItems.id, shareLinks.itemId))
      .where(and(eq(shareLinks.id, linkId), eq(projectItems.projectId, projectId), isNull(shareLinks.revokedAt)));
    if (!link) throw notFound("This share link");
    await tx.update(shareLinks).set({ revokedAt: new Date() }).where(eq(shareLinks.id, linkId));
    return {
      data: { linkId, hubId: p.hubId },
      audit: { action: "project.share_link_revoked", hubId: p.hubId, targetType: "share_link", targetId: linkId, targetLabel: link.item, before: { project: p.name, item: link.item } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
