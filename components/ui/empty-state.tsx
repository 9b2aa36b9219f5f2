import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";

/** What an empty list says: why it is empty and, where there is one, what to do next. */
export function EmptyState({ icon: Icon, title, children }: { icon?: LucideIcon; title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">
      {Icon ? <Icon aria-hidden="true" className="h-6 w-6 text-slate-400" /> : null}
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="text-sm">{children}</div> : null}
    </div>
  );
}
