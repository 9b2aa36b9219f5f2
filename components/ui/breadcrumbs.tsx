import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type Crumb = { label: string; href?: string };

/** Where a nested page sits: each level links up; the last is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${item.label}`} className="flex min-w-0 items-center gap-1">
              {item.href && !last ? (
                <Link href={item.href} className="break-words underline-offset-2 hover:underline">{item.label}</Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className="break-words text-slate-800">{item.label}</span>
              )}
              {last ? null : <ChevronRight aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-400" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
