import { z } from "zod";
import { eq } from "drizzle-orm";
import { hubs, shareLinks } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { publicLink } from "@/lib/config/public-url";
import { loadProjectShareFacts } from "@/lib/permissions";
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
  facts: (tx, { projectId }, actor) => loadProjectShareFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, itemId }, { actor }) => {
    const item = await projectItem(tx, projectId, itemId);
    const p = await projectHeader(tx, projectId);
    // HB-3 under concurrency: the hub row is share-locked and its switch read again, so a link
    // made while a hub administrator turns sharing off either waits and is refused, or commits
    // first and is disabled by the switch (set-hub-sharing.ts updates that row, then revokes).
    const [hub] = await tx.select({ sharingEnabled: hubs.sharingEnabled }).from(hubs).where(eq(hubs.id, p.hubId)).for("share");
    if (!hub?.sharingEnabled) throw new DomainError("denied", "Public sharing is turned off for this hub by its administrators (HB-3).", "HB-3");
    const { token, hash } = newShareToken();
    const [link] = await tx.insert(shareLinks).values({ itemId, tokenHash: hash, createdBy: actor.personId }).returning({ id: shareLinks.id });
    return {
      data: { linkId: link!.id, url: publicLink(sharePath(token)), hubId: p.hubId },
      audit: { action: "project.share_link_created", hubId: p.hubId, targetType: "share_link", targetId: link!.id, targetLabel: item.name, after: { project: p.name, item: item.name } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId)],
});
