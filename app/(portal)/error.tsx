"use client";

import { FaultNotice } from "@/components/ui/fault-notice";

/** A portal page that failed while rendering: the portal's own page, inside the shell (its top bar stays). */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="p-6">
      <FaultNotice error={error} retry={retry} />
    </main>
  );
}
