import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { accountDomains } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { ssoConfigured } from "@/lib/auth/demo-sign-in";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { domainName } from "./domain-input";

export const setDomainEnforcementInput = z.object({ accountId: z.uuid(), domain: domainName, enforced: z.boolean() });

export const NO_PROVIDER_MESSAGE =
  "No OpenID Connect provider is configured, so nobody at this domain could sign in: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET first.";

/**
 * Turns "people at this domain must sign in through SSO" on or off (HB-1 Decision). Turning
 * it on without a configured provider is refused: it would lock the domain's people out.
 * It applies from their next sign-in; sessions already open run to their end.
 */
export const setDomainEnforcement = defineAction({
  input: setDomainEnforcementInput,
  action: "sso.manage",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, domain, enforced }) => {
    if (enforced && !ssoConfigured()) throw new DomainError("conflict", NO_PROVIDER_MESSAGE);
    const where = and(eq(accountDomains.accountId, accountId), eq(accountDomains.domain, domain));
    const [row] = await tx.select({ ssoEnforced: accountDomains.ssoEnforced }).from(accountDomains).where(where).for("update");
    if (!row) throw new DomainError("not_found", `${domain} is not one of this account's domains.`);
    if (row.ssoEnforced === enforced) {
      throw new DomainError("conflict", enforced ? `${domain} already signs in through SSO only.` : `${domain} does not require SSO already.`);
    }
    await tx.update(accountDomains).set({ ssoEnforced: enforced }).where(where);
    return {
      data: { accountId, domain, enforced },
      audit: {
        action: "account.sso_settings_changed",
        accountId,
        targetType: "account_domain",
        targetId: domain,
        targetLabel: domain,
        before: { domain, ssoEnforced: row.ssoEnforced },
        after: { domain, ssoEnforced: enforced },
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/sso`],
});
