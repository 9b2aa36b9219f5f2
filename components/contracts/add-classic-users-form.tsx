"use client";

import { useRef, useState } from "react";
import { addClassicUserAction, addClassicUsersAction } from "@/lib/contracts/actions";
import type { PastedAddressResult } from "@/lib/contracts/add-classic-users";
import { Button } from "@/components/ui/button";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string };

/** Adds one classic user (shown in the Users tab's "Add classic users" dialog), or a pasted list with a result per address (CL-3, CL-8); User Management is not touched (HY-2). */
export function AddClassicUsersForm({ accountId, contractId }: Props) {
  const one = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [results, setResults] = useState<PastedAddressResult[] | null>(null);
  const single = useServerAction(addClassicUserAction);
  const bulk = useServerAction(addClassicUsersAction);

  function addOne(data: FormData) {
    setAdded(null);
    const email = String(data.get("email") ?? "").trim().toLowerCase();
    single.run({ accountId, contractId, email, firstName: data.get("firstName") ?? "", lastName: data.get("lastName") ?? "" }, () => {
      setAdded(`Added ${email} as a classic user of this contract.`);
      one.current?.reset();
    });
  }
  function addMany(data: FormData) {
    setResults(null);
    bulk.run({ accountId, contractId, list: String(data.get("list") ?? "") }, (d) => setResults(d.results));
  }

  return (
    <div className="flex flex-col gap-4">
      <form ref={one} action={addOne} className="flex flex-col gap-3" aria-label="Add a classic user">
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Email" name="email" type="email" required autoComplete="off" error={fieldError(single.failure, "email")} />
          <Field label="First name (optional)" name="firstName" autoComplete="off" error={fieldError(single.failure, "firstName")} />
          <Field label="Last name (optional)" name="lastName" autoComplete="off" error={fieldError(single.failure, "lastName")} />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={single.pending}>{single.pending ? "Adding…" : "Add classic user"}</Button>
          {added ? <p role="status" className="text-sm text-green-800">{added}</p> : null}
        </div>
        {single.failure && single.failure.code !== "invalid" ? <FailureMessage failure={single.failure} /> : null}
      </form>
      <form action={addMany} className="flex flex-col gap-2" aria-label="Add many classic users">
        <label htmlFor="classic-paste" className="text-sm font-medium text-slate-700">Or paste many addresses (one per line, or separated by commas)</label>
        <textarea id="classic-paste" name="list" rows={3} className="rounded-md border border-slate-300 px-3 py-2 text-sm" aria-describedby={fieldError(bulk.failure, "list") ? "classic-paste-error" : undefined} />
        {fieldError(bulk.failure, "list") ? <p id="classic-paste-error" role="alert" className="text-sm text-red-700">{fieldError(bulk.failure, "list")}</p> : null}
        <div><Button type="submit" variant="secondary" disabled={bulk.pending}>{bulk.pending ? "Adding…" : "Add all"}</Button></div>
        {bulk.failure && bulk.failure.code !== "invalid" ? <FailureMessage failure={bulk.failure} /> : null}
        {results ? (
          <ul role="status" aria-label="Result per address" className="flex flex-col gap-1 text-sm" data-testid="paste-results">
            {results.map((r, i) => (
              <li key={i} className={r.outcome === "added" ? "text-green-800" : r.outcome === "invalid" ? "text-red-700" : "text-slate-700"}>
                <span className="font-mono">{r.entry}</span>: {r.message}
              </li>
            ))}
          </ul>
        ) : null}
      </form>
    </div>
  );
}
