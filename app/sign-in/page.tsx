import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/return-path";
import { connection } from "next/server";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { getDb } from "@/db/client";
import { DEMO_PASSWORD, personas } from "@/lib/demo/personas";
import { currentActor } from "@/lib/auth/actor";
import { emailLinkLimitMessage } from "@/lib/auth/email-link-limit";
import { demoSignInEnabled, ssoConfigured } from "@/lib/auth/demo-sign-in";
import { ssoProviderName } from "@/lib/auth/sso-enforcement";
import { devMailboxEnabled, mailboxReason } from "@/lib/outbox/delivery-mode";
import { DevMailboxBanner } from "@/components/ui/dev-mailbox-banner";
import { EmailLinkForm } from "@/components/sign-in/email-link-form";
import { PasswordForm } from "@/components/sign-in/password-form";
import { ssoSignIn } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign in" };

const AUTH_ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "Sign-in was refused for this address.",
};

/** What Auth.js (or the proxy, for callbackUrl) sends here; what each value means is decided below. */
const signInQuery = z.object({
  error: text({ max: 100 }).optional(),
  code: text({ max: 100 }).optional(),
  retry: text({ max: 10 }).optional(),
  callbackUrl: text({ max: 4096, trim: false }).optional(),
});

const DEMO_ROLES: { key: keyof typeof personas; role: string }[] = [
  { key: "primaryAdmin", role: "Primary admin (hybrid account)" },
  { key: "secondaryAdmin", role: "Secondary admin" },
  { key: "ssoAdmin", role: "SSO admin" },
  { key: "contractManager", role: "Contract manager" },
  { key: "softwareCoordinator", role: "Software coordinator" },
  { key: "namedUser", role: "Named user" },
  { key: "otherAccountAdmin", role: "Primary admin (named-only account)" },
  { key: "classicOnlyManager", role: "Contract manager (classic-only account)" },
  { key: "hubAdmin", role: "Hub administrator" },
  { key: "hubMember", role: "Hub member" },
  { key: "projectContributor", role: "Project contributor" },
];

/** The message for an error Auth.js redirected here with; SSO-only domains (HB-1 Decision) point to the SSO button. */
function errorMessage(error: string, code: string | undefined, retry: string | undefined): string {
  const minutes = Number(retry);
  const wait = Number.isInteger(minutes) && minutes > 0 && minutes <= 1440 ? minutes * 60_000 : null;
  if (error === "RateLimited") return wait ? emailLinkLimitMessage(wait) : "Too many sign-in links were asked for this email address or from your network. Try again later.";
  if (code === "rate_limited") return "Too many failed sign-ins for this email address or from your network. Try again later.";
  if (error === "SsoRequired" || code === "sso_required") {
    const name = ssoProviderName();
    return `Your email domain signs in with ${name}: use the Sign in with ${name} button.`;
  }
  return AUTH_ERRORS[error] ?? "Sign-in did not work. Try again.";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const read = await readPageQuery(searchParams, signInQuery, { labels: { error: "Error", code: "Code", retry: "Retry", callbackUrl: "Return address" } });
  if (!read.ok)
    return (
      <main className="mx-auto flex max-w-md flex-col gap-6 p-8">
        <InvalidRequest message={read.problem} startHref="/sign-in" />
      </main>
    );
  const { error, code, retry, callbackUrl } = read.query;
  // Back where they were going (e.g. an invitation link), when that is a portal path.
  const returnTo = safeReturnPath(callbackUrl);
  if (await currentActor()) redirect(returnTo);
  const db = await getDb();
  const [demo, mailbox] = await Promise.all([demoSignInEnabled(db), devMailboxEnabled(db)]);
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 p-8">
      <h1 className="text-2xl font-semibold">Sign in to the Account Portal</h1>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {errorMessage(error, code, retry)}
        </p>
      ) : null}
      {mailbox ? <DevMailboxBanner reason={mailboxReason()} /> : null}
      {demo ? (
        <section aria-labelledby="demo-heading" className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="demo-heading" className="text-sm font-semibold text-amber-900">
            Demo sign-in is on
          </h2>
          <p className="text-sm text-amber-900">
            Demo people sign in with the password <code className="font-mono">{DEMO_PASSWORD}</code>. A real deployment turns this
            off (<code className="font-mono">DEMO_SIGN_IN=off</code>).
          </p>
          <PasswordForm returnTo={returnTo} />
          <details className="text-sm text-amber-900">
            <summary className="cursor-pointer">Demo people</summary>
            <ul className="mt-2 flex flex-col gap-1">
              {DEMO_ROLES.map(({ key, role }) => (
                <li key={key}>
                  <span className="font-mono">{personas[key].email}</span> — {role}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
      <section aria-labelledby="link-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="link-heading" className="text-sm font-semibold">
          Sign in with an email link
        </h2>
        <EmailLinkForm returnTo={returnTo} />
        {mailbox ? (
          <p className="text-xs text-slate-500">
            No mail server is configured: links appear in the <a className="underline" href="/dev/mailbox">development mailbox</a>.
          </p>
        ) : null}
      </section>
      {ssoConfigured() ? (
        <form action={ssoSignIn}>
          <Button type="submit" variant="secondary" className="w-full">
            Sign in with {ssoProviderName()}
          </Button>
        </form>
      ) : null}
    </main>
  );
}
