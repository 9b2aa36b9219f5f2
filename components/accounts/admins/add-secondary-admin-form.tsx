"use client";

import { useRef, useState } from "react";
import { addSecondaryAdminAction } from "@/lib/accounts/admins/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

/**
 * Adds a secondary admin by email (UM-3). A person who is not a named user yet is added as
 * one first; an admin of another account is refused with UM-4's reason, shown here.
 */
export function AddSecondaryAdminForm({ accountId }: { accountId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const { run, failure, pending } = useServerAction(addSecondaryAdminAction);
  const [done, setDone] = useState<string | null>(null);
  const text = (data: FormData, key: string) => String(data.get(key) ?? "");
  return (
    <form
      ref={form}
      aria-label="Add a secondary admin"
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const email = text(data, "email");
        setDone(null);
        run({ accountId, email, firstName: text(data, "firstName"), lastName: text(data, "lastName") }, (r) => {
          form.current?.reset();
          setDone(`${email.trim()} is now a secondary admin${r.addedNamedUser ? " and a named user of the account" : ""}. They have been emailed.`);
        });
      }}
    >
      <p className="text-sm text-slate-600">
        Enter their email. Someone who is not a user of this account yet is added as a named user first. A person can be an admin of one account only
        (UM-4).
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Email" name="email" id="add-secondary-email" type="email" required autoComplete="off" error={fieldError(failure, "email")} />
        <Field label="First name (new people only)" name="firstName" id="add-secondary-first" autoComplete="off" error={fieldError(failure, "firstName")} />
        <Field label="Last name (new people only)" name="lastName" id="add-secondary-last" autoComplete="off" error={fieldError(failure, "lastName")} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add secondary admin"}
        </Button>
        {done ? (
          <p role="status" className="text-sm text-green-800">
            {done}
          </p>
        ) : null}
      </div>
      {failure && !["email", "firstName", "lastName"].some((f) => fieldError(failure, f)) ? <FailureMessage failure={failure} id="add-secondary-failure" /> : null}
    </form>
  );
}
