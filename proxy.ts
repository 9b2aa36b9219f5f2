import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Redirects signed-out visitors to /sign-in. A courtesy only: every service checks the actor.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ["/((?!sign-in|api/auth|api/health|invite/|dev/mailbox|_next/|favicon.ico).*)"],
};
