import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type Crumb = { label: string; href?: string };

/** Where a nested page sits: links up the way, the last item is this page (aria-current). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="flex min-w-0 items-center gap-1">
              {i > 0 ? <ChevronRight aria-hidden="true" className="h-3.5 w-3.5 shrink-0 text-slate-400" /> : null}
              {last ? (
                <span aria-current="page" className="break-words font-medium text-slate-800">
                  {c.label}
                </span>
              ) : c.href ? (
                <Link href={c.href} className="break-words text-blue-700 underline-offset-2 hover:underline">
                  {c.label}
                </Link>
              ) : (
                <span className="break-words">{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
