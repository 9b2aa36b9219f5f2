"use client";

import { Select as S } from "radix-ui";
import { Check, ChevronDown } from "lucide-react";

export type SelectOption = { value: string; label: string; disabledReason?: string };

/**
 * A value chooser (Radix Select: typeahead, arrow keys, Escape). A refused option stays
 * visible, disabled, with its reason, so the person learns the rule instead of a missing choice.
 */
export function Select({ label, value, options, onValueChange, disabled }: { label: string; value: string; options: SelectOption[]; onValueChange: (value: string) => void; disabled?: boolean }) {
  return (
    <S.Root value={value} onValueChange={onValueChange} disabled={disabled}>
      <S.Trigger aria-label={label} className="inline-flex min-w-40 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700 disabled:text-slate-500">
        {/* The chosen label as children, so the server-rendered page shows it before hydration. */}
        <S.Value>{options.find((o) => o.value === value)?.label}</S.Value>
        <S.Icon>
          <ChevronDown aria-hidden="true" className="h-4 w-4" />
        </S.Icon>
      </S.Trigger>
      <S.Portal>
        <S.Content position="popper" sideOffset={4} className="z-50 min-w-[var(--radix-select-trigger-width)] max-w-80 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <S.Viewport>
            {options.map((o) => (
              <S.Item key={o.value} value={o.value} disabled={Boolean(o.disabledReason)} className="relative flex cursor-default flex-col rounded py-2 pl-7 pr-3 text-sm outline-none data-[highlighted]:bg-slate-100 data-[disabled]:text-slate-400">
                <S.ItemIndicator className="absolute left-2 top-2.5">
                  <Check aria-hidden="true" className="h-4 w-4" />
                </S.ItemIndicator>
                <S.ItemText>{o.label}</S.ItemText>
                {o.disabledReason ? <span className="text-xs text-slate-500">{o.disabledReason}</span> : null}
              </S.Item>
            ))}
          </S.Viewport>
        </S.Content>
      </S.Portal>
    </S.Root>
  );
}
