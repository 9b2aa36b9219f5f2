import type { ReactNode } from "react";

/**
 * The contract's tabs share this frame. Each tab's page renders the contract's header and tab
 * nav itself (components/contracts/contract-frame.tsx), since a layout is not rendered
 * again on a client-side move between tabs and could not keep aria-current right; the pages
 * share one read of the contract per request (contract-view.ts).
 */
export default function ContractLayout({ children }: { children: ReactNode }) {
  return <div className="flex max-w-5xl flex-col gap-6">{children}</div>;
}
