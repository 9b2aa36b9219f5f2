"use client";

import type { ReactNode } from "react";
import { Tooltip as T } from "radix-ui";

/** A short hint on hover and focus (Radix Tooltip); never the only place a reason is written. */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <T.Provider delayDuration={300}>
      <T.Root>
        <T.Trigger asChild>{children}</T.Trigger>
        <T.Portal>
          <T.Content sideOffset={4} className="z-50 max-w-64 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow">
            {content}
          </T.Content>
        </T.Portal>
      </T.Root>
    </T.Provider>
  );
}
