import type { BulkEntry, BulkSummary } from "@/lib/accounts/named-users/bulk-change-named-users";

const VERB = { assign: "assigned", unassign: "unassigned", remove: "removed" } as const;

function List({ title, entries, tone }: { title: string; entries: BulkEntry[]; tone: string }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h3 className={`font-medium ${tone}`}>{title}</h3>
      <ul className="ml-5 list-disc">
        {entries.map((e) => (
          <li key={e.personId}>
            {e.label}
            {e.reason ? <span className="text-slate-700"> — {e.reason}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a bulk change did, per person: changed, skipped, and refused with the rule. */
export function BulkSummaryView({ summary }: { summary: BulkSummary }) {
  const what = summary.kind === "remove" ? "Removed" : `${summary.product}: ${VERB[summary.kind]}`;
  return (
    <section role="status" aria-label="What happened" className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium">
        {summary.changed.length} {summary.kind === "remove" ? "removed" : VERB[summary.kind]}, {summary.skipped.length} skipped, {summary.refused.length} refused.
      </p>
      <List title={`${what} (${summary.changed.length})`} entries={summary.changed} tone="text-green-800" />
      <List title={`Skipped (${summary.skipped.length})`} entries={summary.skipped} tone="text-slate-700" />
      <List title={`Refused (${summary.refused.length})`} entries={summary.refused} tone="text-red-800" />
    </section>
  );
}
