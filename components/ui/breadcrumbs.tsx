import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type BreadcrumbItem = { label: string; href?: string };

/** Where a nested page sits: links to its parents, the last item (this page) marked aria-current="page". */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}:${item.label}`} className="flex min-w-0 items-center gap-1">
              {i > 0 ? <ChevronRight aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-400" /> : null}
              {last ? (
                <span aria-current="page" className="wrap-anywhere font-medium text-slate-800">{item.label}</span>
              ) : item.href ? (
                <Link href={item.href} className="wrap-anywhere text-blue-700 underline">{item.label}</Link>
              ) : (
                <span className="wrap-anywhere">{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
