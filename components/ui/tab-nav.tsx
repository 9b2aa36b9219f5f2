import Link from "next/link";

export type TabItem = { label: string; href: string; current: boolean };

/** Tabs that are links (server-rendered, each with its own URL): the current one has aria-current="page". */
export function TabNav({ items, label = "Sections" }: { items: TabItem[]; label?: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {items.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={t.current ? "page" : undefined}
              className="block rounded-t-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:border-b-2 aria-[current=page]:border-blue-700 aria-[current=page]:font-medium"
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
