"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props<T> = {
  action: (input: unknown) => Promise<ActionResult<T>>;
  input: unknown;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Shown after success (e.g. a share link to copy). */
  done?: (data: T) => string;
};

/** One button that runs one server action, with its failure (rule and reason) beside it. */
export function ActionButton<T>({ action, input, label, pendingLabel, variant = "secondary", done }: Props<T>) {
  const { run, failure, pending } = useServerAction(action);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex max-w-full flex-col items-end gap-1">
      <Button type="button" variant={variant} disabled={pending} className="max-w-full whitespace-normal break-words px-2 py-1 text-left text-xs" onClick={() => run(input, (d) => setMessage(done ? done(d) : null))}>
        {pending ? (pendingLabel ?? "Working…") : label}
      </Button>
      {message ? (
        <span role="status" className="break-all text-xs text-green-800">
          {message}
        </span>
      ) : null}
      <FailureMessage failure={failure} />
    </span>
  );
}
