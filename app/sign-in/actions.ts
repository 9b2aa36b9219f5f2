"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth/auth";
import { ssoRequiredFor, ssoRequiredMessage } from "@/lib/auth/sso-enforcement";

export type SignInState = { error?: string; fieldErrors?: Record<string, string> } | undefined;

const email = z.string().trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address." }));
const passwordForm = z.object({ email, password: z.string().min(1, "Enter your password.").max(200) });

/** Auth.js signals success by throwing a redirect; only its own errors are failures to show. */
async function attempt(run: () => Promise<unknown>, message: string): Promise<SignInState> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof AuthError) return { error: message };
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
  const sso = await ssoRequiredFor(await getDb(), parsed.data.email);
  if (sso) return { error: ssoRequiredMessage(sso) };
  return attempt(
    () => signIn("password", { ...parsed.data, redirectTo: "/" }),
    "That email and password do not match a demo account.",
  );
}

export async function emailSignIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = email.safeParse(form.get("email"));
  if (!parsed.success) return { fieldErrors: { email: "Enter a valid email address." } };
  // Refused before anything is sent; Auth.js's signIn callback refuses a direct POST too.
  const sso = await ssoRequiredFor(await getDb(), parsed.data);
  if (sso) return { error: ssoRequiredMessage(sso) };
  return attempt(() => signIn("email", { email: parsed.data, redirectTo: "/" }), "We could not send a sign-in link. Try again.");
}

export async function ssoSignIn(): Promise<void> {
  await signIn("sso", { redirectTo: "/" });
}
