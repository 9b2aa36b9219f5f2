import { z } from "zod";
import { shareLinks } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { publicLink } from "@/lib/config/public-url";
import { loadProjectShareFacts } from "@/lib/permissions/facts";
import { projectHeader, projectItem, projectPath } from "./project-input";
import { newShareToken, sharePath } from "./share-token";

export const createShareLinkInput = z.object({ projectId: z.uuid(), itemId: z.uuid() });

/**
 * A Project Administrator creates a public read-only link to one item while the hub's
 * sharing is on (HB-3). The token is shown once; only its hash is stored.
 */
export const createShareLink = defineAction({
  input: createShareLinkInput,
  action: "projects.share",
  // HB-3 under concurrency: the facts share-lock the hub row and read the switch under that lock
  // (see loadProjectShareFacts), so the policy decides on the switch as a concurrent change leaves it.
  facts: (tx, { projectId }, actor) => loadProjectShareFacts(tx, actor.personId, projectId, { lock: true }),
  run: async (tx, { projectId, itemId }, { actor }) => {
    const item = await projectItem(tx, projectId, itemId);
    const p = await projectHeader(tx, projectId);
    const { token, hash } = newShareToken();
    const [link] = await tx.insert(shareLinks).values({ itemId, tokenHash: hash, createdBy: actor.personId }).returning({ id: shareLinks.id });
    return {
      data: { linkId: link!.id, url: publicLink(sharePath(token)), hubId: p.hubId },
      audit: { action: "project.share_link_created", hubId: p.hubId, targetType: "share_link", targetId: link!.id, targetLabel: item.name, after: { project: p.name, item: item.name } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
