import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import type { Provider } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authAccounts, authSessions, people, verificationTokens } from "@/db/schema";
import { onPublicOrigin, syncAuthUrl } from "@/lib/config/public-url";
import { clientAddress } from "@/lib/http/client-address";
import { requestAddress } from "@/lib/http/request-address";
import { emailAddress } from "@/lib/input/schemas";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { authConfig } from "./config";
import { demoSignInEnabled, ssoConfigured } from "./demo-sign-in";
import { takeEmailLink } from "./email-link-limit";
import { checkPasswordSignIn } from "./password-sign-in";
import { sessionPerson } from "./revoke-sessions";
import { ssoRequiredFor } from "./sso-enforcement";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** The address's domain signs in through SSO only (HB-1 Decision); /sign-in explains it. */
class SsoRequired extends CredentialsSignin {
  code = "sso_required";
}

/** Too many failures for this email or client address (lib/security/limits.ts); /sign-in explains it. */
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

// One plain address: NFKC first so that look-alikes of "@" or "," cannot smuggle a second
// recipient or a different domain past the SSO domain check (Auth.js's own normalizer does
// the same; a custom normalizeIdentifier replaces it).
const emailIdentifier = emailAddress();
function normalizeEmail(identifier: string): string {
  const parsed = emailIdentifier.safeParse(identifier.normalize("NFKC"));
  if (!parsed.success) throw new Error("Invalid email address.");
  return parsed.data;
}

/** Auth.js's own session endpoint (GET, and POST to update), as opposed to `auth()` inside a page or action. */
const isSessionEndpoint = (request: Request | undefined) => (request ? new URL(request.url).pathname.endsWith("/api/auth/session") : false);

export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  // Before anything else: Auth.js builds its URLs (and the email links) from AUTH_URL, and
  // from the request's Host / X-Forwarded-Host headers when it is missing.
  syncAuthUrl();
  const db = await getDb();
  const providers: Provider[] = [
    Nodemailer({
      id: "email",
      // Required by the provider even though delivery goes through our outbox (EM-1).
      server: "smtp://127.0.0.1:25",
      from: process.env.SMTP_FROM ?? "no-reply@portal.invalid",
      maxAge: 15 * 60,
      normalizeIdentifier: normalizeEmail,
      sendVerificationRequest: async ({ identifier, url: authUrl }) => {
        // On the public origin whatever Auth.js was given: the link holds a working token.
        const url = onPublicOrigin(authUrl);
        await db.transaction(async (tx) => {
          await enqueueEmail(tx, {
            kind: "sign-in-link",
            to: identifier,
            subject: "Your sign-in link",
            text: `Sign in to the account portal with this link (valid for 15 minutes, once):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
          });
        });
      },
    }),
  ];
  if (await demoSignInEnabled(db)) {
    providers.push(
      Credentials({
        id: "password",
        name: "Demo password",
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        authorize: async (raw, request) => {
          const outcome = await checkPasswordSignIn(db, raw, { address: clientAddress(request.headers) });
          if (outcome.ok) return outcome.person;
          if (outcome.code === "sso_required") throw new SsoRequired();
          if (outcome.code === "rate_limited") throw new RateLimited();
          throw new InvalidCredentials();
        },
      }),
    );
  }
  if (ssoConfigured()) {
    providers.push({
      id: "sso",
      name: process.env.OIDC_NAME ?? "SSO",
      type: "oidc",
      issuer: process.env.OIDC_ISSUER,
      clientId: process.env.OIDC_CLIENT_ID,
      clientSecret: process.env.OIDC_CLIENT_SECRET,
      // The identity provider vouches for the email, so it signs in the person with that email.
      allowDangerousEmailAccountLinking: true,
      // The profile comes from the userinfo endpoint (after the ID token is validated): strict
      // providers put email and name there, not in the ID token, unless asked claim by claim.
      idToken: false,
    });
  }
  return {
    ...authConfig,
    callbacks: {
      ...authConfig.callbacks,
      // /api/auth/session answers a revoked session (signed out everywhere, person removed) with
      // null, and Auth.js then clears its cookie instead of refreshing it. Pages, actions and
      // routes make the same check in currentActor(), so it is only added here for the endpoint:
      // `auth()` stays one decode and no query.
      jwt: async (params) => {
        const token = await authConfig.callbacks.jwt(params);
        if (!params.user && isSessionEndpoint(request)) {
          const stale = typeof token.personId !== "string" || typeof token.sv !== "number" || !(await sessionPerson(db, token.personId, token.sv));
          if (stale) return null;
        }
        return token;
      },
      signIn: async ({ user, account, profile, email }) => {
        // Linking by email trusts the provider's word for it: not when it says it is unverified.
        if (account?.provider === "sso") return Boolean(profile?.email) && String(profile?.email_verified) !== "false";
        // Email links are refused for SSO-only domains both when one is asked for (also a
        // direct POST to /api/auth/signin/email) and when an older link is used.
        if (account?.provider === "email" && user.email && (await ssoRequiredFor(db, user.email))) return "/sign-in?error=SsoRequired";
        // Asking for a link (not using one) counts against the email and the client address.
        if (account?.provider === "email" && email?.verificationRequest && user.email) {
          const taken = await takeEmailLink(db, user.email, await requestAddress());
          if (!taken.ok) return `/sign-in?error=RateLimited&retry=${Math.ceil(taken.retryAfterMs / 60_000)}`;
        }
        return true;
      },
    },
    events: {
      // "Has ever signed in" (UM-5 Decision: the person's name is then their own).
      signIn: async ({ user }) => {
        if (user.id) await db.update(people).set({ lastSignInAt: new Date() }).where(eq(people.id, user.id));
      },
    },
    adapter: DrizzleAdapter(db, {
      usersTable: people,
      accountsTable: authAccounts,
      sessionsTable: authSessions,
      verificationTokensTable: verificationTokens,
    }),
    providers,
  };
});
