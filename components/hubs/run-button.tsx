"use client";

import type { ActionResult } from "@/lib/actions/result";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";

type Props = {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: unknown;
  label: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
};

/** One click runs one use case; its refusal (with the rule) shows right under the button. */
export function RunButton({ action, input, label, ariaLabel, variant = "secondary" }: Props) {
  const { run, failure, pending } = useServerAction(action);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button type="button" variant={variant} disabled={pending} aria-label={ariaLabel} onClick={() => run(input)}>
        {pending ? "Working…" : label}
      </Button>
      <FailureMessage failure={failure} />
    </span>
  );
}
