import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import type { Provider } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authAccounts, authSessions, people, verificationTokens } from "@/db/schema";
import { verifyPassword } from "@/db/seed/password";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { authConfig } from "./config";
import { demoSignInEnabled, ssoConfigured } from "./demo-sign-in";

const passwordInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
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
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
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
    });
  }
  return {
    ...authConfig,
    adapter: DrizzleAdapter(db, {
      usersTable: people,
      accountsTable: authAccounts,
      sessionsTable: authSessions,
      verificationTokensTable: verificationTokens,
    }),
    providers,
  };
});
