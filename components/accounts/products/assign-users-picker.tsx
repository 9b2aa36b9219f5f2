"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { assignProductToUsersAction } from "@/lib/accounts/products/actions";
import type { BatchAssignSummary } from "@/lib/accounts/products/assign-product-to-users";
import type { ProductCandidate } from "@/lib/accounts/products/search-product-candidates";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage } from "@/components/ui/failure-message";
import { AssignSummary } from "./assign-summary";
import { CandidateList } from "./candidate-list";
import { CANDIDATE_LIMIT, fetchCandidates } from "./fetch-candidates";
import { productQueryKeys } from "./query-keys";
import { useDebounced } from "./use-debounced";

type Props = { accountId: string; productId: string; productName: string; available: number };

/** "Assign users": search the named users without the product, select several, assign in one batch (UM-5, UM-9). */
export function AssignUsersPicker({ accountId, productId, productName, available }: Props) {
  const [q, setQ] = useState("");
  const search = useDebounced(q.trim());
  const [selected, setSelected] = useState<Map<string, ProductCandidate>>(new Map());
  const [summary, setSummary] = useState<BatchAssignSummary | null>(null);
  const { run, failure, pending } = useServerAction(assignProductToUsersAction, {
    success: (d) => `${productName}: ${d.assigned.length} assigned${d.refused.length ? `, ${d.refused.length} not assigned` : ""}.`,
    invalidate: [productQueryKeys.root(accountId, productId)],
  });
  const candidates = useQuery({
    queryKey: productQueryKeys.candidates(accountId, productId, search),
    queryFn: ({ signal }) => fetchCandidates(accountId, productId, search, signal),
  });

  function toggle(candidate: ProductCandidate, checked: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      if (checked) next.set(candidate.personId, candidate);
      else next.delete(candidate.personId);
      return next;
    });
  }

  function assign() {
    run({ accountId, productId, personIds: [...selected.keys()] }, (data) => {
      setSummary(data);
      setSelected(new Map());
    });
  }

  const count = selected.size;
  function statusText(): string {
    if (candidates.isPending) return "Searching…";
    if (candidates.isError) return "";
    const n = candidates.data.length;
    if (n === 0) return search ? `No named user without ${productName} matches “${search}”.` : `Every named user already has ${productName}.`;
    // A full page means there may be more: the search narrows it.
    const shown = n === CANDIDATE_LIMIT ? `First ${n} shown: search to narrow.` : `${n} shown.`;
    return `${shown} ${count} selected.`;
  }
  return (
    <section aria-labelledby="assign-users-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="assign-users-heading" className="text-lg font-semibold">
        Assign users
      </h2>
      <p className="text-sm text-slate-600">
        {available === 0 ? `Every ${productName} seat is assigned: free a seat before assigning more (UM-9).` : `${available} ${productName} ${available === 1 ? "seat" : "seats"} available.`}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="candidate-search" className="text-sm font-medium text-slate-700">
          Find named users without {productName}
        </label>
        <input
          id="candidate-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Name or email"
          aria-describedby="candidate-status"
          className="w-full max-w-md rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      <p id="candidate-status" role="status" className="text-sm text-slate-600">
        {statusText()}
      </p>
      {candidates.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {candidates.error.message}
        </p>
      ) : null}
      {candidates.data && candidates.data.length > 0 ? <CandidateList candidates={candidates.data} selected={selected} onToggle={toggle} /> : null}
      {count > 0 ? (
        <p className="text-sm">
          Selected: {[...selected.values()].map((c) => c.name).join(", ")}{" "}
          <button type="button" className="text-blue-700 underline" onClick={() => setSelected(new Map())}>
            Clear
          </button>
        </p>
      ) : null}
      <div>
        <Button type="button" onClick={assign} disabled={count === 0 || pending}>
          {pending ? "Assigning…" : `Assign ${productName} to ${count} ${count === 1 ? "user" : "users"}`}
        </Button>
      </div>
      <FailureMessage failure={failure} />
      <div aria-live="polite">{summary ? <AssignSummary summary={summary} /> : null}</div>
    </section>
  );
}
