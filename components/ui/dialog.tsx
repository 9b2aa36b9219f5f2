"use client";

import type { ReactNode, RefObject } from "react";
import { Dialog as D } from "radix-ui";
import { X } from "lucide-react";
import { returnFocus } from "./confirm-dialog";
import { IconButton } from "./icon-button";

/**
 * A modal dialog (Radix: focus trapped and returned, Escape and the backdrop close it,
 * the title names it). Controlled or with a trigger.
 */
export function Dialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  wide,
  returnFocusTo,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  /** Where the focus goes back when it closes, when what opened it is gone (a row menu's item). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <D.Trigger asChild>{trigger}</D.Trigger> : null}
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <D.Content
          onCloseAutoFocus={(e) => returnFocus(e, returnFocusTo)}
          className={`fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl ${wide ? "max-w-2xl" : "max-w-md"}`}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <D.Title className="text-lg font-semibold">{title}</D.Title>
            <D.Close asChild>
              <IconButton icon={X} aria-label="Close" />
            </D.Close>
          </div>
          {description ? <D.Description className="mb-4 text-sm text-slate-700">{description}</D.Description> : null}
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export const DialogClose = D.Close;
