import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration the proxy shares with the server: JWT sessions
 * (explicit, since an adapter would switch to database sessions) and the sign-in page.
 * It holds identity only; roles are read from the database on every request.
 */
export const authConfig = {
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized: ({ auth }) => Boolean(auth?.user),
    jwt: ({ token, user }) => {
      if (user) {
        token.personId = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session: ({ session, token }) => {
      if (typeof token.personId === "string") session.user.id = token.personId;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface Session {
    sessionVersion: number;
  }
}
