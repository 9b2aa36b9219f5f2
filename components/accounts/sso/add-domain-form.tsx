"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addDomainAction } from "@/app/(portal)/accounts/[accountId]/sso/actions";
import type { Failure } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";

/** Adds an email domain to the account, not yet enforced (HB-1 Decision). */
export function AddDomainForm({ accountId }: { accountId: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(data: FormData) {
    setFailure(null);
    startTransition(async () => {
      const result = await addDomainAction({ accountId, domain: data.get("domain") });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      form.current?.reset();
      router.refresh();
    });
  }

  const invalid = fieldError(failure, "domain");
  return (
    <form ref={form} action={submit} className="flex flex-col gap-2 sm:max-w-md">
      <Field label="Email domain" name="domain" id="sso-domain" placeholder="example.com" autoComplete="off" spellCheck={false} required error={invalid} />
      {invalid ? null : <FailureMessage failure={failure} />}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add domain"}
      </Button>
    </form>
  );
}
