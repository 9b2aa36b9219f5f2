import Link from "next/link";
import type { AuditFilters } from "@/lib/audit/audit-filters";
import { actionLabel } from "@/lib/audit/action-labels";

type Props = {
  /** Where the form submits (the page itself: filters live in the URL). */
  action: string;
  filters: AuditFilters;
  actions: string[];
  errors: Partial<Record<keyof AuditFilters, string>>;
};

const input = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid]:border-red-600";

function FilterError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} role="alert" className="text-sm text-red-700">
      {text}
    </p>
  ) : null;
}

/** Filters of the activity log as a plain GET form: works without JavaScript, and the URL holds the state. */
export function ActivityFilters({ action, filters, actions, errors }: Props) {
  return (
    <form action={action} role="search" aria-label="Filter the activity" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-actor" className="text-sm font-medium text-slate-700">Who (name or email)</label>
        <input id="filter-actor" name="actor" type="search" defaultValue={filters.actor} aria-invalid={errors.actor ? true : undefined} aria-describedby={errors.actor ? "filter-actor-error" : undefined} className={`${input} w-56`} />
        <FilterError id="filter-actor-error" text={errors.actor} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-action" className="text-sm font-medium text-slate-700">What</label>
        <select id="filter-action" name="action" defaultValue={filters.action ?? ""} className={`${input} w-60`}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
        <FilterError id="filter-action-error" text={errors.action} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-target" className="text-sm font-medium text-slate-700">Target</label>
        <input id="filter-target" name="target" type="search" defaultValue={filters.target} aria-invalid={errors.target ? true : undefined} aria-describedby={errors.target ? "filter-target-error" : undefined} className={`${input} w-56`} />
        <FilterError id="filter-target-error" text={errors.target} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-from" className="text-sm font-medium text-slate-700">From (UTC)</label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? "filter-from-error" : undefined} className={input} />
        <FilterError id="filter-from-error" text={errors.from} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-to" className="text-sm font-medium text-slate-700">To (UTC)</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? "filter-to-error" : undefined} className={input} />
        <FilterError id="filter-to-error" text={errors.to} />
      </div>
      <div className="flex gap-2">
        <button className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">Apply filters</button>
        <Link href={action} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">
          Clear
        </Link>
      </div>
    </form>
  );
}
