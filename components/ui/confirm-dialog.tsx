"use client";

import type { ReactNode, RefObject } from "react";
import { AlertDialog as A } from "radix-ui";
import { Button } from "./button";

export type ConfirmProps = {
  title: string;
  /** What will happen, in plain words (the policy's preview of the change's effects). */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  variant?: "primary" | "danger";
  /** Where the focus goes back when it closes, when what opened it is gone (a row menu's item: give the menu's button). */
  returnFocusTo?: RefObject<HTMLElement | null>;
};

/**
 * A confirmation that says what will happen (Radix AlertDialog: focus starts on Cancel,
 * Escape cancels, focus returns to what opened it). Controlled, so a row menu item can open it.
 */
export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, onConfirm, variant = "danger", returnFocusTo }: ConfirmProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <A.Root open={open} onOpenChange={onOpenChange}>
      <ConfirmContent title={title} confirmLabel={confirmLabel} onConfirm={onConfirm} variant={variant} returnFocusTo={returnFocusTo}>
        {children}
      </ConfirmContent>
    </A.Root>
  );
}

/** The dialog's body, shared by ConfirmDialog and ConfirmButton. */
export function ConfirmContent({ title, children, confirmLabel, onConfirm, variant = "danger", returnFocusTo }: ConfirmProps) {
  return (
    <A.Portal>
      <A.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
      <A.Content onCloseAutoFocus={(e) => returnFocus(e, returnFocusTo)} className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
        <A.Title className="text-lg font-semibold">{title}</A.Title>
        <A.Description asChild>
          <div className="mt-3 text-sm text-slate-700">{children}</div>
        </A.Description>
        <div className="mt-5 flex justify-end gap-2">
          <A.Cancel asChild>
            <Button type="button" variant="secondary">
              Cancel
            </Button>
          </A.Cancel>
          <A.Action asChild>
            <Button type="button" variant={variant} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </A.Action>
        </div>
      </A.Content>
    </A.Portal>
  );
}

/** Sends the focus back to `to` when given (Radix would return it to an element that may be gone). */
export function returnFocus(event: Event, to: RefObject<HTMLElement | null> | undefined): void {
  if (!to?.current) return;
  event.preventDefault();
  to.current.focus();
}
