import type { ReactNode } from "react";
import { auditFilterParams } from "@/lib/audit/audit-filters";
import { withAuditFilters, type ActivityPage } from "@/lib/audit/activity-page";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ActivityFilters } from "./activity-filters";
import { ActivityTable } from "./activity-table";

type Props = {
  page: ActivityPage;
  /** The page's own path: the filters' form and the pager's links. */
  base: string;
  /** The CSV export's route, given the same filters. */
  exportPath: string;
  title: string;
  /** Shown when nothing has happened in the scope yet. */
  emptyText: string;
  /** Above the heading: the area's navigation or a way back. */
  header?: ReactNode;
};

/** One activity log (AU-2), for an account, a contract or a hub: heading, CSV export, filters, table and keyset pager. */
export function ActivityLog({ page, base, exportPath, title, emptyText, header }: Props) {
  if (!page.ok) return <InvalidRequest message={INVALID_CURSOR_MESSAGE} startHref={base} />;
  const { filters, errors, cursor, rows, next, actions } = page;
  const filtered = auditFilterParams(filters).size > 0;
  return (
    <div className="flex flex-col gap-4">
      {header}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {/* A plain link: the browser downloads the streamed file (Content-Disposition: attachment). */}
        <a href={withAuditFilters(filters, exportPath)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100" download>
          Export CSV{filtered ? " (filtered)" : ""}
        </a>
      </div>
      <ActivityFilters action={base} filters={filters} actions={actions} errors={errors} />
      <ActivityTable
        rows={rows}
        emptyText={filtered ? "No activity matches these filters." : emptyText}
        pager={keysetLinks(Boolean(cursor), next, (a) => withAuditFilters(filters, base, a ? { after: a } : {}))}
      />
    </div>
  );
}
