import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import type { Provider } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authAccounts, authSessions, people, verificationTokens } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { authConfig } from "./config";
import { demoSignInEnabled, ssoConfigured } from "./demo-sign-in";
import { ssoRequiredFor } from "./sso-enforcement";

const passwordInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** The address's domain signs in through SSO only (HB-1 Decision); /sign-in explains it. */
class SsoRequired extends CredentialsSignin {
  code = "sso_required";
}

// One plain address: NFKC first so that look-alikes of "@" or "," cannot smuggle a second
// recipient or a different domain past the SSO domain check (Auth.js's own normalizer does
// the same; a custom normalizeIdentifier replaces it).
const emailIdentifier = z.string().trim().toLowerCase().pipe(z.email());
function normalizeEmail(identifier: string): string {
  const parsed = emailIdentifier.safeParse(identifier.normalize("NFKC"));
  if (!parsed.success) throw new Error("Invalid email address.");
  return parsed.data;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  const providers: Provider[] = [
    Nodemailer({
      id: "email",
      // Required by the provider even though delivery goes through our outbox (EM-1).
      server: "smtp://127.0.0.1:25",
      from: process.env.SMTP_FROM ?? "no-reply@portal.invalid",
      maxAge: 15 * 60,
      normalizeIdentifier: normalizeEmail,
      sendVerificationRequest: async ({ identifier, url }) => {
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
        authorize: async (raw) => {
          const parsed = passwordInput.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          // Checked before the password, so the answer is the same whatever password was typed.
          if (await ssoRequiredFor(db, parsed.data.email)) throw new SsoRequired();
          const [person] = await db
            .select({ id: people.id, email: people.email, name: people.name, hash: people.passwordHash, sv: people.sessionVersion })
            .from(people)
            .where(eq(people.email, parsed.data.email))
            .limit(1);
          if (!person?.hash || !verifyPassword(parsed.data.password, person.hash)) throw new InvalidCredentials();
          return { id: person.id, email: person.email, name: person.name, sessionVersion: person.sv };
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
      signIn: async ({ user, account, profile }) => {
        // Linking by email trusts the provider's word for it: not when it says it is unverified.
        if (account?.provider === "sso") return Boolean(profile?.email) && String(profile?.email_verified) !== "false";
        // Email links are refused for SSO-only domains both when one is asked for (also a
        // direct POST to /api/auth/signin/email) and when an older link is used.
        if (account?.provider === "email" && user.email && (await ssoRequiredFor(db, user.email))) return "/sign-in?error=SsoRequired";
        return true;
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
