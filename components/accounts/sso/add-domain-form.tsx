"use client";

import { useRef, useState } from "react";
import { addDomainAction } from "@/lib/accounts/sso/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

/** Adds an email domain to the account, not yet enforced (HB-1 Decision). */
export function AddDomainForm({ accountId }: { accountId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { run, failure, pending } = useServerAction(addDomainAction, { success: "Domain added." });

  function submit(data: FormData) {
    setAdded(null);
    const domain = String(data.get("domain") ?? "");
    run({ accountId, domain }, () => {
      setAdded(`${domain.trim().toLowerCase()} is one of the account's domains now. Its sign-in is not restricted until you require SSO.`);
      form.current?.reset();
    });
  }

  const invalid = fieldError(failure, "domain");
  return (
    <form ref={form} action={submit} aria-label="Add an email domain" className="flex flex-col gap-2">
      <Field label="Email domain" name="domain" id="sso-domain" placeholder="example.com" autoComplete="off" spellCheck={false} required error={invalid} />
      {invalid ? null : <FailureMessage failure={failure} />}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add domain"}
      </Button>
      {added ? <p role="status" className="text-sm text-green-800">{added}</p> : null}
    </form>
  );
}
