"use client";

import { useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "./button";
import { FailureMessage, fieldError } from "./failure-message";
import { fillPath } from "./fill-path";
import { formInput } from "./form-input";

/** A field's error for `<Field error={errorFor("name")}>`; the form then leaves it out of the message under the form. */
export type ErrorFor = (field: string) => string | undefined;

type Props<T> = {
  action: (input: unknown) => Promise<ActionResult<T>>;
  /** The fixed part of the input (ids, and what the actor saw); the form's named fields are added to it. */
  input: Record<string, unknown>;
  submitLabel: string;
  /** The form's accessible name. */
  label?: string;
  /** The fields, given their errors: `(errorFor) => <Field … error={errorFor("name")} />`. */
  children: ReactNode | ((errorFor: ErrorFor) => ReactNode);
  /** The toast on success; by default "Saved." */
  success?: string;
  /** Where to go on success, `{key}` filled from the result (e.g. the new hub's settings); otherwise the page refreshes. */
  redirectTo?: string;
  /** Keep what was typed after success (e.g. a rename showing the current name); by default the form is emptied. */
  keepValues?: boolean;
  /** Fields and button in a row (small pickers) rather than stacked. */
  inline?: boolean;
};

/**
 * A form over one server action (useServerAction): pending while it runs, a toast with the
 * result, each field's error next to it, and any other failure (a refusal with its rule) under the form.
 */
export function ActionForm<T>({ action, input, submitLabel, label, children, success, redirectTo, keepValues, inline }: Props<T>) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { run, failure, pending } = useServerAction(action, success ? { success } : {});
  // The fields that show their own error this render: the message under the form leaves those out.
  const shown = new Set<string>();
  const errorFor: ErrorFor = (field) => {
    const e = fieldError(failure, field);
    if (e) shown.add(field);
    return e;
  };
  const fields = typeof children === "function" ? children(errorFor) : children;
  const button = (
    <Button type="submit" disabled={pending} className="self-start">
      {pending ? "Working…" : submitLabel}
    </Button>
  );
  return (
    <form
      ref={form}
      aria-label={label}
      className={inline ? "flex flex-col gap-2" : "flex flex-col gap-2 sm:max-w-md"}
      onSubmit={(e) => {
        e.preventDefault();
        run({ ...formInput(new FormData(e.currentTarget)), ...input }, (data) => {
          if (!keepValues) form.current?.reset();
          if (redirectTo) router.push(fillPath(redirectTo, data));
        });
      }}
    >
      {inline ? (
        <div className="flex min-w-0 flex-wrap items-end gap-2">
          {fields}
          {button}
        </div>
      ) : (
        <>
          {fields}
        </>
      )}
      {shown.size > 0 ? null : <FailureMessage failure={failure} />}
      {inline ? null : button}
    </form>
  );
}

/** A labelled native select for an ActionForm (small pickers; a row's role uses the Radix Select). */
export function SelectField({ label, name, options, id }: { label: string; name: string; id: string; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="flex min-w-0 max-w-full flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} className="w-full max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
