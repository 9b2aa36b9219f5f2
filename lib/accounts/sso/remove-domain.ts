import { and, eq } from "drizzle-orm";
import { accountDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { accountDomainInput } from "./domain-input";

/**
 * Removes one of the account's email domains (HB-1 Decision). Its people no longer have to
 * sign in through SSO, and the domain is free for another account to claim.
 */
export const removeDomain = defineAction({
  input: accountDomainInput,
  action: "sso.manage",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, domain }) => {
    const [removed] = await tx
      .delete(accountDomains)
      .where(and(eq(accountDomains.accountId, accountId), eq(accountDomains.domain, domain)))
      .returning({ ssoEnforced: accountDomains.ssoEnforced });
    if (!removed) throw new DomainError("not_found", `${domain} is not one of this account's domains.`);
    return {
      data: { accountId, domain },
      audit: { action: "account.domain_removed", accountId, targetType: "account_domain", targetId: domain, targetLabel: domain, before: { domain, ssoEnforced: removed.ssoEnforced } },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/sso`],
});
