import { z } from "zod";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { hubs, projectItems, projects, shareLinks } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions/facts";
import { mustLoadHubSettings } from "./load-hub-settings";

/**
 * HB-3 / HB-6: hub administrators turn the hub's public sharing on or off.
 * Decision (RULES.md HB-3: "turning it off disables every existing link"): turning sharing
 * off revokes every live share link of the hub's projects in the same transaction, so the
 * links stay disabled for good; turning sharing on again brings none of them back, it only
 * lets project administrators create new links. The share page also reads the flag on
 * every open, so nothing answers "shared" while sharing is off.
 */
export const setHubSharing = defineAction({
  input: z.object({ hubId: z.uuid(), enabled: z.boolean() }),
  action: "hubs.manageSharing",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, enabled }) => {
    const before = await mustLoadHubSettings(tx, hubId);
    await tx.update(hubs).set({ sharingEnabled: enabled }).where(eq(hubs.id, hubId));
    let disabled = 0;
    if (!enabled) {
      const itemsOfHub = tx.select({ id: projectItems.id }).from(projectItems).innerJoin(projects, eq(projects.id, projectItems.projectId)).where(eq(projects.hubId, hubId));
      const revoked = await tx
        .update(shareLinks)
        .set({ revokedAt: new Date() })
        .where(and(inArray(shareLinks.itemId, itemsOfHub), isNull(shareLinks.revokedAt)))
        .returning({ id: shareLinks.id });
      disabled = revoked.length;
    }
    return {
      data: { hubId, enabled, disabledLinks: disabled },
      audit: {
        action: "hub.sharing_changed",
        accountId: before.accountId,
        hubId,
        targetType: "hub",
        targetId: hubId,
        targetLabel: before.name,
        before: { sharingEnabled: before.sharingEnabled },
        after: { sharingEnabled: enabled },
        sideEffects: enabled || !before.sharingEnabled ? [] : [{ rule: "HB-3", effect: `Every existing public share link of the hub stopped working for good (${disabled} disabled)` }],
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`],
});
