import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountDomains } from "@/db/schema";
import { ssoConfigured } from "./demo-sign-in";

/** An address whose domain must sign in through the OpenID Connect provider (HB-1 Decision). */
export type SsoRequirement = { domain: string; providerName: string };

/** The name the sign-in page shows on the SSO button ("Sign in with <name>"). */
export function ssoProviderName(): string {
  return process.env.OIDC_NAME?.trim() || "SSO";
}

/** The domain of an email address, lowercased, without a trailing dot; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, "");
  return domain || null;
}

/**
 * Whether this address must sign in through SSO: its domain is one of an account's domains
 * with enforcement on. Exact domain match only (case-insensitive): a subdomain is another
 * domain, which an account claims and enforces on its own, so enforcing `example.com` says
 * nothing about `eu.example.com`. With no provider configured nothing is enforced: the
 * domain's people would have no way left to sign in (enforcement cannot be turned on then,
 * and if the provider is later removed, password and email-link sign-in work again).
 */
export async function ssoRequiredFor(db: Db, email: string): Promise<SsoRequirement | null> {
  if (!ssoConfigured()) return null;
  const domain = emailDomain(email);
  if (!domain) return null;
  const [row] = await db
    .select({ domain: accountDomains.domain })
    .from(accountDomains)
    .where(and(eq(accountDomains.domain, domain), eq(accountDomains.ssoEnforced, true)))
    .limit(1);
  return row ? { domain: row.domain, providerName: ssoProviderName() } : null;
}

/** What a refused password or email-link sign-in says, pointing to the SSO button. */
export function ssoRequiredMessage({ domain, providerName }: SsoRequirement): string {
  return `${domain} signs in with ${providerName}: use the Sign in with ${providerName} button.`;
}
