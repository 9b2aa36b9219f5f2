import { z } from "zod";
import { eq } from "drizzle-orm";
import { hubs } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions/facts";
import { hubName } from "./hub-input";
import { mustLoadHubSettings } from "./load-hub-settings";

/** HB-3 / HB-6: hub administrators rename the hub. */
export const renameHub = defineAction({
  input: z.object({ hubId: z.uuid(), name: hubName }),
  action: "hubs.rename",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, name }) => {
    const before = await mustLoadHubSettings(tx, hubId);
    await tx.update(hubs).set({ name }).where(eq(hubs.id, hubId));
    return {
      data: { hubId, name },
      audit: { action: "hub.renamed", accountId: before.accountId, hubId, targetType: "hub", targetId: hubId, targetLabel: name, before: { name: before.name }, after: { name } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`, "/hubs"],
});
