"use client";

import { useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props<T> = {
  action: (input: unknown) => Promise<ActionResult<T>>;
  /** Fixed input (ids); the form's named fields are added to it. */
  base: Record<string, unknown>;
  submit: string;
  label: string;
  children: ReactNode;
  done?: (data: T) => string;
};

/** A small form whose named fields (plus `base`) go to one server action; failures show beside it, success as a status line. */
export function InlineForm<T>({ action, base, submit, label, children, done }: Props<T>) {
  const form = useRef<HTMLFormElement>(null);
  const { run, failure, pending } = useServerAction(action);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      ref={form}
      aria-label={label}
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const fields = Object.fromEntries(Array.from(new FormData(e.currentTarget).entries()).filter(([, v]) => v !== ""));
        setMessage(null);
        run({ ...fields, ...base }, (data) => {
          form.current?.reset();
          if (done) setMessage(done(data));
        });
      }}
    >
      <div className="flex min-w-0 flex-wrap items-end gap-2">
        {children}
        <Button type="submit" disabled={pending}>
          {pending ? "Working…" : submit}
        </Button>
      </div>
      {message ? (
        <p role="status" className="break-all text-sm text-green-800">
          {message}
        </p>
      ) : null}
      <FailureMessage failure={failure} />
    </form>
  );
}

/** A labelled select for InlineForm. */
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
