import { z } from "zod";
import { eq } from "drizzle-orm";
import { hubs, invitationMode } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubFacts } from "@/lib/permissions/facts";
import { mustLoadHubSettings } from "./load-hub-settings";

/** HB-3 / HB-6: hub administrators choose who invites: admins only, members with approval, or members directly. */
export const setInvitationMode = defineAction({
  input: z.object({ hubId: z.uuid(), mode: z.enum(invitationMode.enumValues, "Choose one of the invitation modes.") }),
  action: "hubs.manageAccess",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, mode }) => {
    const before = await mustLoadHubSettings(tx, hubId);
    await tx.update(hubs).set({ invitationMode: mode }).where(eq(hubs.id, hubId));
    return {
      data: { hubId, mode },
      audit: { action: "hub.access_changed", accountId: before.accountId, hubId, targetType: "hub", targetId: hubId, targetLabel: before.name, before: { invitationMode: before.invitationMode }, after: { invitationMode: mode } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`],
});
