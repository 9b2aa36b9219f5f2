import Link from "next/link";

export type TabNavItem = { label: string; href: string };

/**
 * Tabs that are pages: each tab is a link to its own URL (linkable, works without
 * JavaScript), the current one marked with aria-current="page". A server component: the page
 * rendering it says which tab it is, so the mark is right after any navigation.
 */
export function TabNav({ label, items, current }: { label: string; items: TabNavItem[]; current: string | null }) {
  return (
    <nav aria-label={label} className="-mb-px overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {items.map((item) => {
          const here = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={here ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700 ${here ? "border-blue-700 text-blue-800" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
