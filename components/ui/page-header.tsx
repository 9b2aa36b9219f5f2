import type { ReactNode } from "react";

/** Every page starts with one: its title, a count where it is a list, and its primary action. */
export function PageHeader({ title, count, description, actions }: { title: string; count?: number; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold">
          {title}
          {count !== undefined ? <span className="ml-2 align-middle text-base font-normal text-slate-600">({count.toLocaleString("en-US")})</span> : null}
        </h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}
