import Link from "next/link";

const TABS = [
  { path: "", label: "Projects" },
  { path: "/members", label: "Members" },
  { path: "/invitations", label: "Invitations" },
  { path: "/settings", label: "Settings" },
  { path: "/activity", label: "Activity" },
] as const;

/** The hub administration pages' tabs (HB-3 / HB-6: these pages are hub administrators'). */
export function HubAdminNav({ hubId, hubName, current }: { hubId: string; hubName: string; current: (typeof TABS)[number]["path"] }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">{hubName}</p>
      <nav aria-label="Hub administration">
        <ul className="flex flex-wrap gap-1 border-b border-slate-200">
          {TABS.map((t) => (
            <li key={t.path}>
              <Link
                href={`/hubs/${hubId}${t.path}`}
                aria-current={t.path === current ? "page" : undefined}
                className="block rounded-t-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:border-b-2 aria-[current=page]:border-blue-700 aria-[current=page]:font-medium"
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
