import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { path: "", label: "Projects" },
  { path: "/members", label: "Members" },
  { path: "/invitations", label: "Invitations" },
  { path: "/settings", label: "Settings" },
  { path: "/activity", label: "Activity" },
] as const;

/** The hub administration pages' breadcrumb (My hubs › hub › page) and tabs (HB-3 / HB-6: these pages are hub administrators'). */
export function HubAdminNav({ hubId, hubName, current }: { hubId: string; hubName: string; current: (typeof TABS)[number]["path"] }) {
  const here = TABS.find((t) => t.path === current)!;
  return (
    <div className="flex flex-col gap-2">
      <Breadcrumbs items={[{ label: "My hubs", href: "/hubs" }, { label: hubName, href: `/hubs/${hubId}` }, { label: here.label }]} />
      <TabNav label="Hub administration" items={TABS.map((t) => ({ label: t.label, href: `/hubs/${hubId}${t.path}` }))} current={`/hubs/${hubId}${current}`} />
    </div>
  );
}
