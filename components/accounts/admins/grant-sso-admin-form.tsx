"use client";

import { useRef, useState } from "react";
import { grantSsoAdminAction } from "@/lib/accounts/admins/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

/** The primary admin grants the SSO admin role by email (HB-1); the person need not be a named user. */
export function GrantSsoAdminForm({ accountId }: { accountId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const { run, failure, pending } = useServerAction(grantSsoAdminAction);
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      ref={form}
      aria-label="Grant the SSO admin role"
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const email = String(new FormData(e.currentTarget).get("email") ?? "");
        setDone(null);
        run({ accountId, email }, () => {
          form.current?.reset();
          setDone(`${email.trim()} is now an SSO admin.`);
        });
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-80">
          <Field label="Email" name="email" id="grant-sso-email" type="email" required autoComplete="off" error={fieldError(failure, "email")} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Granting…" : "Grant SSO admin"}
        </Button>
      </div>
      {done ? (
        <p role="status" className="text-sm text-green-800">
          {done}
        </p>
      ) : null}
      {failure && !fieldError(failure, "email") ? <FailureMessage failure={failure} /> : null}
    </form>
  );
}
