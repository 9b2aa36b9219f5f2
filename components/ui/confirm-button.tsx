"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

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

/**
 * A destructive or weighty action behind a modal confirmation (native <dialog>: focus is
 * trapped, Escape cancels).
 */
export function ConfirmButton({ label, ariaLabel, title, children, confirmLabel, onConfirm, variant = "danger", disabled, disabledReason }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <Button type="button" variant={variant === "danger" ? "secondary" : variant} disabled={disabled} aria-label={ariaLabel} title={disabled ? disabledReason : undefined} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="flex flex-col gap-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm text-slate-700">{children}</div>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              Cancel
            </Button>
            <Button
              type="button"
              variant={variant}
              onClick={() => {
                dialog.current?.close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
