"use client";

import { FaultNotice } from "@/components/ui/fault-notice";

/** A page of this area that failed while rendering: the portal's own page, inside the area's frame (top bar and navigation stay). */
export default function AreaError({ error, retry }: { error: unknown; retry: () => void }) {
  return <FaultNotice error={error} retry={retry} />;
}
