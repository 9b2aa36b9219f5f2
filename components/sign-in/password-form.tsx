"use client";

import { useActionState } from "react";
import { passwordSignIn } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** `returnTo`: where to land after signing in (a portal path; the action checks it again). */
export function PasswordForm({ returnTo = "/" }: { returnTo?: string }) {
  const [state, action, pending] = useActionState(passwordSignIn, undefined);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field label="Email" name="email" type="email" autoComplete="username" required error={state?.fieldErrors?.email || undefined} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state?.fieldErrors?.password || undefined} />
      {state?.error ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in with password"}
      </Button>
    </form>
  );
}
