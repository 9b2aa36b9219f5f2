"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button, type ButtonVariant } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { FailureMessage } from "./failure-message";
import { fillPath } from "./fill-path";

type Props<T> = {
  action: (input: unknown) => Promise<ActionResult<T>>;
  /** Everything the action needs, including what the actor saw (e.g. an expiry) for actions that must not repeat. */
  input: unknown;
  label: ReactNode;
  /** The accessible name when `label` alone is ambiguous (e.g. "Remove" in every row). */
  ariaLabel?: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: "md" | "sm";
  /** The toast on success; by default "Saved." */
  success?: string;
  /** Where to go on success, `{key}` filled from the result (e.g. "/hubs/{hubId}/projects/…"); otherwise the page refreshes. */
  redirectTo?: string;
  /** A weighty action asks first, saying what will happen. */
  confirm?: { title: string; body: ReactNode; confirmLabel: string };
};

/**
 * One button that runs one server action (useServerAction): pending while it runs (a second
 * click sends nothing), a toast with the result, and its failure (rule and reason) right under it.
 */
export function ActionButton<T>({ action, input, label, ariaLabel, pendingLabel, variant = "secondary", size = "md", success, redirectTo, confirm }: Props<T>) {
  const router = useRouter();
  const { run, failure, pending } = useServerAction(action, success ? { success } : {});
  const [asking, setAsking] = useState(false);
  const go = () =>
    run(input, (data) => {
      if (redirectTo) router.push(fillPath(redirectTo, data));
    });
  return (
    <span className="inline-flex max-w-full flex-col items-start gap-1">
      <Button type="button" variant={variant} size={size} disabled={pending} aria-label={ariaLabel} className="max-w-full whitespace-normal break-words text-left" onClick={() => (confirm ? setAsking(true) : go())}>
        {pending ? (pendingLabel ?? "Working…") : label}
      </Button>
      {confirm ? (
        <ConfirmDialog open={asking} onOpenChange={setAsking} title={confirm.title} confirmLabel={confirm.confirmLabel} variant={variant === "danger" ? "danger" : "primary"} onConfirm={go}>
          {confirm.body}
        </ConfirmDialog>
      ) : null}
      <FailureMessage failure={failure} />
    </span>
  );
}
