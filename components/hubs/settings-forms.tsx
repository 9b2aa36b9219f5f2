"use client";

import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** The hub's name (HB-3): the field keeps the name after saving. */
export function RenameHubForm({ hubId, name, action }: { hubId: string; name: string; action: Action }) {
  return (
    <ActionForm action={action} input={{ hubId }} submitLabel="Rename hub" success="Hub renamed." keepValues>
      {(errorFor) => <Field label="Hub name" name="name" id="hub-name" defaultValue={name} autoComplete="off" required error={errorFor("name")} />}
    </ActionForm>
  );
}

/** A join domain (HB-3): people signed in at it join as Hub Members; public email services are refused. */
export function JoinDomainForm({ hubId, action }: { hubId: string; action: Action }) {
  return (
    <ActionForm action={action} input={{ hubId }} submitLabel="Add domain" success="Join domain added.">
      {(errorFor) => <Field label="Add a join domain" name="domain" id="join-domain" placeholder="example.com" autoComplete="off" required error={errorFor("domain")} />}
    </ActionForm>
  );
}
