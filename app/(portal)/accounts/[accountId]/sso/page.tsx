import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { ssoConfigured } from "@/lib/auth/demo-sign-in";
import { ssoProviderName } from "@/lib/auth/sso-enforcement";
import { listAccountDomains } from "@/lib/accounts/sso/list-domains";
import { NO_PROVIDER_MESSAGE } from "@/lib/accounts/sso/set-domain-enforcement";
import { authorizePage } from "@/lib/pages/authorize-page";
import { capabilities } from "@/lib/pages/capabilities";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { PageHeader } from "@/components/ui/page-header";
import { AddDomainDialog } from "@/components/accounts/sso/add-domain-dialog";
import { DomainsTable } from "@/components/accounts/sso/domains-table";

export const metadata: Metadata = { title: "Sign-in (SSO)" };

/**
 * The account's sign-in settings (HB-1 Decision): its email domains and which of them must
 * sign in through the OpenID Connect provider. For the primary admin and SSO admins.
 */
export default async function SsoSettingsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const accountId = requireUuid((await params).accountId);
  const db = await getDb();
  const loaded = await requestAccountFacts(accountId);
  if (!loaded) notFound();
  const decision = authorizePage(loaded, "sso.view");
  if (!decision.allowed) {
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title="Sign-in (SSO)" />
        <Refusal decision={decision} />
      </div>
    );
  }
  const canManage = capabilities(loaded, ["sso.manage"])["sso.manage"].allowed;
  const configured = ssoConfigured();
  const providerName = ssoProviderName();
  const rows = await listAccountDomains(db, accountId);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Sign-in (SSO)" count={rows.length} countLabel={rows.length === 1 ? "domain" : "domains"} actions={canManage ? <AddDomainDialog accountId={accountId} /> : undefined} />
      <div className="flex flex-col gap-2">
        <p className="max-w-2xl text-sm text-slate-700">
          People whose email address is at one of the account&apos;s domains can be made to sign in through the organization&apos;s identity
          provider: their password and email-link sign-ins are then refused. A domain belongs to one account only. Subdomains are separate
          domains: add each one you need.
        </p>
        {configured ? (
          <p className="text-sm text-slate-700">
            Identity provider: <strong>{providerName}</strong> (OpenID Connect).
          </p>
        ) : (
          <p role="status" className="max-w-2xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {NO_PROVIDER_MESSAGE} Until then, no domain&apos;s sign-in is restricted.
          </p>
        )}
      </div>
      <section aria-labelledby="domains-heading" className="flex flex-col gap-3">
        <h2 id="domains-heading" className="text-lg font-semibold">
          Email domains
        </h2>
        <DomainsTable
          accountId={accountId}
          rows={rows}
          providerName={providerName}
          canManage={canManage}
          enforceBlockedReason={configured ? null : NO_PROVIDER_MESSAGE}
        />
      </section>
    </div>
  );
}
