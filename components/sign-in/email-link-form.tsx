"use client";

import { useActionState } from "react";
import { emailSignIn } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** `returnTo`: where to land after signing in (a portal path; the action checks it again). */
export function EmailLinkForm({ returnTo = "/" }: { returnTo?: string }) {
  const [state, action, pending] = useActionState(emailSignIn, undefined);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field label="Work email" name="email" id="link-email" type="email" autoComplete="email" required error={state?.fieldErrors?.email || state?.error} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
