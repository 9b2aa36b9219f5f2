"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { emailAddress, text } from "@/lib/input/schemas";
import { getDb } from "@/db/client";
import { signIn, signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/actor";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { emailLinkLimitMessage, emailLinkLimited } from "@/lib/auth/email-link-limit";
import { passwordLimitMessage, passwordSignInLimited } from "@/lib/auth/password-sign-in";
import { ssoRequiredFor, ssoRequiredMessage } from "@/lib/auth/sso-enforcement";
import { requestAddress } from "@/lib/http/request-address";
import { safeReturnPath } from "@/lib/auth/return-path";

export type SignInState = { error?: string; fieldErrors?: Record<string, string> } | undefined;

const email = emailAddress();
const passwordForm = z.object({ email, password: text({ min: 1, max: 200, trim: false, minMessage: "Enter your password." }) });

/** Auth.js signals success by throwing a redirect; only its own errors are failures to show. */
async function attempt(run: () => Promise<unknown>, message: () => Promise<string>): Promise<SignInState> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof AuthError) return { error: await message() };
    throw error;
  }
}

export async function passwordSignIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = passwordForm.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error).fieldErrors;
    return { fieldErrors: { email: flat.email?.[0] ?? "", password: flat.password?.[0] ?? "" } };
  }
  // Said here, next to the form; Auth.js's authorize refuses it too (a direct POST).
  const db = await getDb();
  const sso = await ssoRequiredFor(db, parsed.data.email);
  if (sso) return { error: ssoRequiredMessage(sso) };
  // Said here, in words; Auth.js's authorize refuses (and counts) a direct POST too.
  const address = await requestAddress();
  const wait = await passwordSignInLimited(db, parsed.data.email, address);
  if (wait !== null) return { error: passwordLimitMessage(wait) };
  return attempt(
    () => signIn("password", { ...parsed.data, redirectTo: safeReturnPath(form.get("returnTo")) }),
    // This failure may have been the one that reached the limit: then say so at once.
    async () => {
      const now = await passwordSignInLimited(db, parsed.data.email, address);
      return now !== null ? passwordLimitMessage(now) : "That email and password do not match a demo account.";
    },
  );
}

export async function emailSignIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = email.safeParse(form.get("email"));
  if (!parsed.success) return { fieldErrors: { email: "Enter a valid email address." } };
  // Refused before anything is sent; Auth.js's signIn callback refuses a direct POST too.
  const db = await getDb();
  const sso = await ssoRequiredFor(db, parsed.data);
  if (sso) return { error: ssoRequiredMessage(sso) };
  // Said here; Auth.js's signIn callback counts every request and refuses a direct POST too.
  const wait = await emailLinkLimited(db, parsed.data, await requestAddress());
  if (wait !== null) return { error: emailLinkLimitMessage(wait) };
  return attempt(
    () => signIn("email", { email: parsed.data, redirectTo: safeReturnPath(form.get("returnTo")) }),
    async () => "We could not send a sign-in link. Try again.",
  );
}

export async function ssoSignIn(): Promise<void> {
  await signIn("sso", { redirectTo: "/" });
}

/** Sign out everywhere: the person's sessions are revoked (their session version moves on), then this one ends. */
export async function signOutAction(): Promise<void> {
  const actor = await currentActor();
  if (actor) await revokeSessions(await getDb(), actor.personId);
  await signOut({ redirectTo: "/sign-in" });
}
