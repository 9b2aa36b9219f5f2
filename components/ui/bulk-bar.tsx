"use client";

import { useId, type ReactNode } from "react";
import type { Failure } from "@/lib/actions/result";
import { Button, type ButtonVariant } from "./button";
import { ConfirmButton } from "./confirm-button";
import { FailureMessage } from "./failure-message";

export type BulkAction = {
  label: string;
  onRun: () => void;
  variant?: ButtonVariant;
  /** A destructive action confirms first, saying what will happen to the selected rows. */
  confirm?: { title: string; confirmLabel: string; body: ReactNode };
  /** Disabled beyond "nothing selected" or "running" (e.g. no product chosen). */
  disabled?: boolean;
};

export type BulkOption = { value: string; label: string };

type Props = {
  /** The bar's accessible name, e.g. "Change the selected users". */
  label: string;
  count: number;
  /** A choice the actions apply with (e.g. the product), or none. */
  option?: { label: string; value: string; options: BulkOption[]; onChange: (value: string) => void };
  actions: BulkAction[];
  pending: boolean;
  /** The last run's result in a line ("Assigned to 3 user(s).") and its failure. */
  done?: string | null;
  failure?: Failure | null;
  /** What the last run did, row by row (e.g. who was skipped and why). */
  children?: ReactNode;
};

/**
 * The one bar for changing many selected rows at once (named and classic users): the count,
 * an optional choice, and the actions the page passed (only those the actor may run). Every
 * row is still decided on its own by the service; destructive actions confirm first.
 */
export function BulkBar({ label, count, option, actions, pending, done, failure, children }: Props) {
  const optionId = useId();
  const off = count === 0 || pending;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-3" role="group" aria-label={label}>
        <p className="py-2 text-sm font-medium">{count} selected</p>
        {option && option.options.length ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={optionId} className="text-xs font-medium text-slate-600">{option.label}</label>
            <select id={optionId} value={option.value} onChange={(e) => option.onChange(e.target.value)} className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
              {option.options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        ) : null}
        {actions.map((a) =>
          a.confirm ? (
            <ConfirmButton key={a.label} label={a.label} title={a.confirm.title} confirmLabel={a.confirm.confirmLabel} onConfirm={a.onRun} disabled={off || a.disabled}>
              {a.confirm.body}
            </ConfirmButton>
          ) : (
            <Button key={a.label} type="button" variant={a.variant ?? "primary"} disabled={off || a.disabled} onClick={a.onRun}>
              {a.label}
            </Button>
          ),
        )}
        {pending ? <p className="py-2 text-sm text-slate-600" aria-live="polite">Applying…</p> : null}
        {done ? <p role="status" className="py-2 text-sm text-green-800">{done}</p> : null}
      </div>
      <FailureMessage failure={failure} />
      {children}
    </div>
  );
}
