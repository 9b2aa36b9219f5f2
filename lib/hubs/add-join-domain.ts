import { z } from "zod";
import { hubJoinDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { domainName } from "@/lib/accounts/sso/domain-input";
import { loadHubFacts } from "@/lib/permissions";
import { mustLoadHubSettings } from "./load-hub-settings";
import { isPublicMailDomain } from "./public-mail-domains";

/** HB-3 Decision: hub administrators add a join domain; a public-mail domain is refused with the reason. */
export const addJoinDomain = defineAction({
  input: z.object({ hubId: z.uuid(), domain: domainName }),
  action: "hubs.manageAccess",
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, domain }) => {
    if (isPublicMailDomain(domain)) {
      throw new DomainError("denied", `${domain} is a public email service: anyone can have an address there, so it cannot be a join domain (HB-3).`, "HB-3");
    }
    const before = await mustLoadHubSettings(tx, hubId);
    if (before.joinDomains.includes(domain)) throw new DomainError("conflict", `${domain} is already one of this hub's join domains.`);
    await tx.insert(hubJoinDomains).values({ hubId, domain });
    return {
      data: { hubId, domain },
      audit: { action: "hub.access_changed", accountId: before.accountId, hubId, targetType: "hub_join_domain", targetId: domain, targetLabel: domain, before: { joinDomains: before.joinDomains }, after: { joinDomains: [...before.joinDomains, domain].sort() } },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/settings`],
});
