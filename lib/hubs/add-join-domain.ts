import { z } from "zod";
import { hubJoinDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { domainName } from "@/lib/accounts/sso/domain-input";
import { loadHubFacts } from "@/lib/permissions/facts";
import { mustLoadHubSettings } from "./load-hub-settings";
import { isPublicMailDomain } from "./public-mail-domains";

/** HB-3 Decision: hub administrators add a join domain; the policy refuses a public-mail domain with the reason. */
export const addJoinDomain = defineAction({
  input: z.object({ hubId: z.uuid(), domain: domainName }),
  action: "hubs.manageAccess",
  facts: async (tx, { hubId, domain }, actor) => {
    const facts = await loadHubFacts(tx, actor.personId, hubId);
    return facts && { actor: facts.actor, resource: { ...facts.resource, joinDomain: { domain, publicMail: isPublicMailDomain(domain) } } };
  },
  run: async (tx, { hubId, domain }) => {
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
