import { z } from "zod";
import { eq } from "drizzle-orm";
import { hubs } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions";
import { mustLoadHubSettings } from "./load-hub-settings";

/**
 * HB-3 / HB-6: hub administrators turn the hub's public sharing on or off. Off disables
 * every existing share link at once: the share page checks this flag on every request.
 */
export const setHubSharing = defineAction({
  input: z.object({ hubId: z.uuid(), enabled: z.boolean() }),
  action: "hubs.manageSharing",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, enabled }) => {
    const before = await mustLoadHubSettings(tx, hubId);
    await tx.update(hubs).set({ sharingEnabled: enabled }).where(eq(hubs.id, hubId));
    return {
      data: { hubId, enabled },
      audit: {
        action: "hub.sharing_changed",
        accountId: before.accountId,
        hubId,
        targetType: "hub",
        targetId: hubId,
        targetLabel: before.name,
        before: { sharingEnabled: before.sharingEnabled },
        after: { sharingEnabled: enabled },
        sideEffects: enabled || !before.sharingEnabled ? [] : [{ rule: "HB-3", effect: "Every existing public share link of the hub stopped working" }],
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`],
});
