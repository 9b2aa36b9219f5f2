import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { hubJoinDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { domainName } from "@/lib/accounts/sso/domain-input";
import { loadHubFacts } from "@/lib/permissions/facts";
import { mustLoadHubSettings } from "./load-hub-settings";

/** HB-3: hub administrators remove a join domain; members who joined through it stay. */
export const removeJoinDomain = defineAction({
  input: z.object({ hubId: z.uuid(), domain: domainName }),
  action: "hubs.manageAccess",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, domain }) => {
    const before = await mustLoadHubSettings(tx, hubId);
    const gone = await tx.delete(hubJoinDomains).where(and(eq(hubJoinDomains.hubId, hubId), eq(hubJoinDomains.domain, domain))).returning({ domain: hubJoinDomains.domain });
    if (gone.length === 0) throw notFound("This join domain");
    return {
      data: { hubId, domain },
      audit: { action: "hub.access_changed", accountId: before.accountId, hubId, targetType: "hub_join_domain", targetId: domain, targetLabel: domain, before: { joinDomains: before.joinDomains }, after: { joinDomains: before.joinDomains.filter((d) => d !== domain) } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`],
});
