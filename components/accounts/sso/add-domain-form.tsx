"use client";

import { addDomainAction } from "@/app/(portal)/accounts/[accountId]/sso/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

/** Adds an email domain to the account, not yet enforced (HB-1 Decision). */
export function AddDomainForm({ accountId }: { accountId: string }) {
  return (
    <ActionForm action={addDomainAction} input={{ accountId }} submitLabel="Add domain" success="Domain added.">
      {(errorFor) => <Field label="Email domain" name="domain" id="sso-domain" placeholder="example.com" autoComplete="off" spellCheck={false} required error={errorFor("domain")} />}
    </ActionForm>
  );
}
