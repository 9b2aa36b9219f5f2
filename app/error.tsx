"use client";

import { FaultNotice } from "@/components/ui/fault-notice";

/** A page that failed outside the portal's shell, or the shell itself (during an outage the shell's own query fails). */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="p-6 sm:p-10">
      <FaultNotice error={error} retry={retry} />
    </main>
  );
}
