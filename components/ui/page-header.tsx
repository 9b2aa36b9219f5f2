import type { ReactNode } from "react";

/**
 * Every page starts with one: its title, a count where it is a list, and its primary action.
 * The count sits beside the h1, not in it, so the heading's name stays the page's title.
 */
export function PageHeader({ title, count, countLabel, description, actions }: { title: string; count?: number; countLabel?: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <h1 className="text-2xl font-semibold wrap-anywhere">{title}</h1>
          {count !== undefined ? (
            <span className="text-base text-slate-600" data-testid="page-count">
              ({count.toLocaleString("en-US")}
              {countLabel ? ` ${countLabel}` : ""})
            </span>
          ) : null}
        </div>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}
