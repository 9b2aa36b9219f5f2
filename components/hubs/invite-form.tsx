"use client";

import { useState } from "react";
import { invitePeopleAction } from "@/lib/hubs/invitations/actions";
import type { InviteResult } from "@/lib/hubs/invitations/invite-people";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";

const OUTCOME: Record<InviteResult["outcome"], string> = {
  invited: "Invited: the email is on its way",
  awaiting_approval: "Waiting for a hub administrator's approval",
  already_member: "Already a member of the hub",
  already_invited: "Already invited (not sent again)",
  invalid: "Not a valid email address",
  refused: "Not invited",
};

/** Invite one or many people (HB-5, ≤100 at once); the result is shown per address. */
export function InviteForm({ hubId, note }: { hubId: string; note: string }) {
  const { run, failure, pending } = useServerAction(invitePeopleAction);
  const [results, setResults] = useState<InviteResult[] | null>(null);
  const invalid = fieldError(failure, "emails");
  return (
    <div className="flex flex-col gap-3">
      <form action={(data) => run({ hubId, emails: data.get("emails") }, (d) => setResults((d as { results: InviteResult[] }).results))} className="flex flex-col gap-2 sm:max-w-xl">
        <label htmlFor="invite-emails" className="text-sm font-medium text-slate-700">
          Email addresses
        </label>
        <textarea id="invite-emails" name="emails" rows={4} required aria-describedby="invite-note" aria-invalid={invalid ? true : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm" placeholder="ada@example.com, grace@example.com" />
        <p id="invite-note" className="text-sm text-slate-600">
          Separate addresses with commas or new lines; up to 100 at once. {note}
        </p>
        <FailureMessage failure={failure} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      {results ? (
        <ul aria-label="Invitation results" className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm">
          {results.map((r) => (
            <li key={r.email} className="flex flex-wrap justify-between gap-2 px-3 py-1.5" data-testid={`invite-result-${r.email}`}>
              <span className="font-medium">{r.email}</span>
              <span className="text-slate-600">
                {OUTCOME[r.outcome]}
                {r.reason ? `: ${r.reason}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
