import { z } from "zod";
import { hubMembers, hubs } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { hubName } from "./hub-input";

/**
 * HB-1: the account's primary, secondary or SSO admin creates a hub of the account;
 * HB-2: its creator becomes its first Hub Administrator, in the same transaction.
 */
export const createHub = defineAction({
  input: z.object({ accountId: z.uuid(), name: hubName }),
  action: "hubs.create",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, name }, { actor }) => {
    const [hub] = await tx.insert(hubs).values({ accountId, name, createdBy: actor.personId }).returning({ id: hubs.id });
    if (!hub) throw new Error("the hub was not created");
    await tx.insert(hubMembers).values({ hubId: hub.id, personId: actor.personId, role: "hub_admin" });
    return {
      data: { hubId: hub.id },
      audit: {
        action: "hub.created",
        accountId,
        hubId: hub.id,
        targetType: "hub",
        targetId: hub.id,
        targetLabel: name,
        after: { name, invitationMode: "admins_only", sharingEnabled: true, joinDomains: [] },
        sideEffects: [{ rule: "HB-2", effect: `${actor.name} became the hub's first hub administrator` }],
      },
    };
  },
  revalidate: () => ["/hubs"],
});
