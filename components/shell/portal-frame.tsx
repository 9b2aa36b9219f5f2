import type { ReactNode } from "react";
import { NavDrawer } from "./nav-drawer";
import { Sidebar } from "./sidebar";

/** The shell around a portal page: the navigation (a menu below `md`) and the page, which never scrolls sideways. */
export function PortalFrame({ personId, accountId, children }: { personId: string; accountId?: string; children: ReactNode }) {
  return (
    <div className="flex min-h-[calc(100vh-3rem)] flex-col md:flex-row">
      <NavDrawer>
        <Sidebar personId={personId} accountId={accountId} />
      </NavDrawer>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 focus:outline-none md:p-6">{children}</main>
    </div>
  );
}
