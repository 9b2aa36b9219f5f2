"use client";

import { useRef } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";

type Props = {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  /** The fixed part of the input (ids); the typed field is added under `field`. */
  input: Record<string, unknown>;
  field: string;
  label: string;
  submitLabel: string;
  id: string;
  defaultValue?: string;
  placeholder?: string;
  /** Where to go after success, `{hubId}` filled from the result (e.g. the new hub's settings); otherwise the page refreshes. */
  redirectTo?: string;
};

/** A one-field form over one use case: field errors under the field, refusals under the form. */
export function TextForm({ action, input, field, label, submitLabel, id, defaultValue, placeholder, redirectTo }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { run, failure, pending } = useServerAction(action);
  const invalid = fieldError(failure, field);
  return (
    <form
      ref={form}
      action={(data) =>
        run({ ...input, [field]: data.get(field) }, (result) => {
          if (!defaultValue) form.current?.reset();
          const hubId = (result as { hubId?: unknown } | null)?.hubId;
          if (redirectTo && typeof hubId === "string") router.push(redirectTo.replace("{hubId}", hubId));
        })
      }
      className="flex flex-col gap-2 sm:max-w-md"
    >
      <Field label={label} name={field} id={id} defaultValue={defaultValue} placeholder={placeholder} autoComplete="off" required error={invalid} />
      {invalid ? null : <FailureMessage failure={failure} />}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
