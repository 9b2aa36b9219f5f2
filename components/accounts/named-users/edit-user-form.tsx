"use client";

import { useState } from "react";
import { editNamedUserAction } from "@/lib/accounts/named-users/actions";
import { Button } from "@/components/ui/button";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; personId: string; firstName: string; lastName: string };

/** Edits a named user's first and last name (UM-5). */
export function EditUserForm({ accountId, personId, firstName, lastName }: Props) {
  const [saved, setSaved] = useState(false);
  const { run, failure, pending } = useServerAction(editNamedUserAction);
  return (
    <form
      aria-label="Edit name"
      className="flex flex-wrap items-end gap-3"
      action={(data) => {
        setSaved(false);
        run({ accountId, personId, firstName: data.get("firstName"), lastName: data.get("lastName") }, () => setSaved(true));
      }}
    >
      <Field label="First name" name="firstName" defaultValue={firstName} required error={fieldError(failure, "firstName")} />
      <Field label="Last name" name="lastName" defaultValue={lastName} required error={fieldError(failure, "lastName")} />
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save name"}</Button>
      {saved ? <p role="status" className="py-2 text-sm text-green-800">Saved.</p> : null}
      {failure && failure.code !== "invalid" ? <FailureMessage failure={failure} /> : null}
    </form>
  );
}
