import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit/audit-filters";
import { isAuditCursor, listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import { contractActivityAccess } from "@/lib/contracts/contract-activity-access";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";
import { requireUuid } from "@/lib/pages/ids";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityTable } from "@/components/activity/activity-table";

export const metadata: Metadata = { title: "Contract activity" };

type Props = { params: Promise<{ accountId: string; contractId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A contract's audit log for its contract manager (AU-2), with the account activity log's filters, pages and CSV export. */
export default async function ContractActivityPage({ params, searchParams }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const db = await getDb();
  const decision = await contractActivityAccess(db, actor.personId, accountId, contractId);
  if (!decision) notFound();
  if (!decision.allowed) return <Refusal decision={decision} />;
  const sp = await searchParams;
  const { filters, errors } = parseAuditFilters(sp);
  const cursor = (Array.isArray(sp.after) ? sp.after[0] : sp.after) || undefined;
  const base = `/accounts/${accountId}/contracts/${contractId}/activity`;
  if (cursor && !isAuditCursor(cursor)) return <InvalidRequest message={INVALID_CURSOR_MESSAGE} startHref={base} />;
  const scope = { contractId };
  const [{ rows, next }, actions] = await Promise.all([listAuditEvents(db, scope, filters, { after: cursor, limit: 50 }), listAuditActions(db, scope)]);
  const withFilters = (path: string, extra: Record<string, string> = {}) => {
    const p = auditFilterParams(filters);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return s ? `${path}?${s}` : path;
  };
  const filtered = auditFilterParams(filters).size > 0;
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/accounts/${accountId}/contracts/${contractId}`} className="text-sm text-blue-700 underline">
        Back to the contract
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Contract activity</h1>
        <a href={withFilters(`/api/accounts/${accountId}/contracts/${contractId}/activity/export`)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100" download>
          Export CSV{filtered ? " (filtered)" : ""}
        </a>
      </div>
      <ActivityFilters action={base} filters={filters} actions={actions} errors={errors} />
      <ActivityTable rows={rows} emptyText={filtered ? "No activity matches these filters." : "Nothing has happened on this contract yet."} pager={keysetLinks(Boolean(cursor), next, (a) => withFilters(base, a ? { after: a } : {}))} />
    </div>
  );
}
