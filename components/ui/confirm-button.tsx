"use client";

import type { ReactNode } from "react";
import { AlertDialog as A } from "radix-ui";
import { Button } from "./button";
import { ConfirmContent } from "./confirm-dialog";

type Props = {
  /** The button that opens the confirmation (may hold screen-reader-only words, e.g. whose row it is). */
  label: ReactNode;
  /** The opening button's accessible name when `label` alone is ambiguous (e.g. "Remove" in every row). */
  ariaLabel?: string;
  title: string;
  /** What will happen, in plain words (the preview of the change's effects). */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  variant?: "primary" | "danger" | "secondary";
  disabled?: boolean;
  disabledReason?: string;
};

/** A destructive or weighty action behind a button and a confirmation that says what will happen. */
export function ConfirmButton({ label, ariaLabel, title, children, confirmLabel, onConfirm, variant = "danger", disabled, disabledReason }: Props) {
  return (
    <A.Root>
      <A.Trigger asChild>
        <Button type="button" variant={variant === "danger" ? "secondary" : variant} disabled={disabled} aria-label={ariaLabel} title={disabled ? disabledReason : undefined}>
          {label}
        </Button>
      </A.Trigger>
      <ConfirmContent title={title} confirmLabel={confirmLabel} onConfirm={onConfirm} variant={variant === "secondary" ? "primary" : variant}>
        {children}
      </ConfirmContent>
    </A.Root>
  );
}
