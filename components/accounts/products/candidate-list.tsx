"use client";

import type { ProductCandidate } from "@/lib/accounts/products/search-product-candidates";

type Props = {
  candidates: ProductCandidate[];
  selected: ReadonlyMap<string, ProductCandidate>;
  onToggle: (candidate: ProductCandidate, checked: boolean) => void;
};

/** The search's matches as checkboxes: select several, across searches. */
export function CandidateList({ candidates, selected, onToggle }: Props) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="sr-only">Matching users</legend>
      <ul className="max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white">
        {candidates.map((c) => {
          const id = `candidate-${c.personId}`;
          return (
            <li key={c.personId} className="border-b border-slate-100 last:border-b-0">
              <label htmlFor={id} className="flex cursor-pointer flex-wrap items-center gap-x-3 px-3 py-2 text-sm hover:bg-slate-50">
                <input id={id} type="checkbox" checked={selected.has(c.personId)} onChange={(e) => onToggle(c, e.target.checked)} className="h-4 w-4" />
                <span className="font-medium">{c.name}</span>
                <span className="min-w-0 break-all text-slate-600" data-testid="candidate-email">
                  {c.email}
                </span>
                {c.status === "invited" ? <span className="ml-auto text-xs text-slate-500">Invited</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
