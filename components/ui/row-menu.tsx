"use client";

import { forwardRef } from "react";
import { DropdownMenu as M } from "radix-ui";
import { MoreHorizontal } from "lucide-react";
import { IconButton } from "./icon-button";

export type RowMenuItem = {
  label: string;
  onSelect: () => void;
  /** Set when the policy refuses this item for this row: the item stays, disabled, saying why. */
  disabledReason?: string;
  danger?: boolean;
};

/**
 * A row's "…" menu (Radix DropdownMenu: arrow keys move, Escape closes, focus returns to
 * the button; pass its ref as a dialog's `returnFocusTo`, since the item that opened the dialog is gone when it closes). It lists only what the server offered for this row; a refused item is shown
 * disabled with the rule's reason under it, readable without a pointer.
 */
export const RowMenu = forwardRef<HTMLButtonElement, { label: string; items: RowMenuItem[] }>(function RowMenu({ label, items }, ref) {
  return (
    <M.Root modal={false}>
      <M.Trigger asChild>
        <IconButton ref={ref} icon={MoreHorizontal} aria-label={label} variant="ghost" className="border border-transparent data-[state=open]:border-slate-300" />
      </M.Trigger>
      <M.Portal>
        <M.Content align="end" sideOffset={4} className="z-50 min-w-48 max-w-72 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          {items.map((item) => (
            <M.Item
              key={item.label}
              disabled={Boolean(item.disabledReason)}
              onSelect={item.onSelect}
              className={`flex cursor-default flex-col rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100 data-[disabled]:text-slate-400 ${item.danger ? "text-red-700" : "text-slate-800"}`}
            >
              <span>{item.label}</span>
              {item.disabledReason ? <span className="text-xs text-slate-500">{item.disabledReason}</span> : null}
            </M.Item>
          ))}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
});
