import type { ReactNode } from "react";
import { Sidebar } from "./sidebar";

export function PortalFrame({ personId, accountId, children }: { personId: string; accountId?: string; children: ReactNode }) {
  return (
    <div className="flex min-h-[calc(100vh-3rem)]">
      <Sidebar personId={personId} accountId={accountId} />
      <main className="min-w-0 flex-1 p-6">{children}</main>
    </div>
  );
}
