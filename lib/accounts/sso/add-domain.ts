import { eq } from "drizzle-orm";
import { accountDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { accountDomainInput } from "./domain-input";

/**
 * The primary admin or an SSO admin adds an email domain to the account (HB-1 Decision),
 * not yet enforced. A domain belongs to one account at most; the refusal does not say
 * which account holds it. Two accounts adding it at once: the unique index decides, and
 * the executor turns the violation into the same kind of conflict.
 */
export const addDomain = defineAction({
  input: accountDomainInput,
  action: "sso.manage",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, domain }) => {
    const [holder] = await tx.select({ accountId: accountDomains.accountId }).from(accountDomains).where(eq(accountDomains.domain, domain)).limit(1);
    if (holder?.accountId === accountId) throw new DomainError("conflict", `${domain} is already one of this account's domains.`);
    if (holder) throw new DomainError("conflict", `${domain} is already claimed by another account, so it cannot be added here.`);
    await tx.insert(accountDomains).values({ accountId, domain, ssoEnforced: false });
    return {
      data: { accountId, domain },
      audit: { action: "account.domain_added", accountId, targetType: "account_domain", targetId: domain, targetLabel: domain, after: { domain, ssoEnforced: false } },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/sso`],
});
