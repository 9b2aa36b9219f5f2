import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { decodeMismatchCursor, listMismatches, MISMATCH_KINDS, MISMATCH_WHY, type MismatchKind } from "@/lib/contracts/list-mismatches";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { readPageQuery, type SearchParams } from "@/lib/pages/page-query";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { MismatchTable } from "@/components/contracts/mismatch-table";

export const metadata: Metadata = { title: "Mismatches" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<SearchParams> };

/** Which kind of difference, and the keyset position. */
const mismatchQuery = z.object({ kind: z.enum(MISMATCH_KINDS).optional(), after: text({ max: 600, trim: false }).optional() });

/** People and roles that differ between User Management and Classic User Management (HY-2, HY-3), each line with its reason and where to act. */
export default async function MismatchesPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "contracts.viewMismatches");
  if (!decision.allowed || !facts?.actor.account) return <Refusal decision={decision} />;
  const base = `/accounts/${accountId}/mismatches`;
  const read = await readPageQuery(searchParams, mismatchQuery, { cursor: (q) => decodeMismatchCursor(q.after!) !== null });
  if (!read.ok) return <InvalidRequest message={read.problem} startHref={base} />;
  const { kind, after } = read.query;
  const { rows, next } = await listMismatches(await getDb(), facts.actor.account, { kind, after, limit: 50 });
  const href = (k: MismatchKind | undefined, a?: string) => {
    const p = new URLSearchParams();
    if (k) p.set("kind", k);
    if (a) p.set("after", a);
    const s = p.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: "Account", href: `/accounts/${accountId}` }, { label: "Contracts", href: `/accounts/${accountId}/contracts` }, { label: "Mismatches" }]} />
      {/* A count only where this page holds the whole list: counting every difference would read them all. */}
      <PageHeader
        title="Mismatches"
        count={!after && !next ? rows.length : undefined}
        description={`${decision.reason}. The two views are independent (HY-2, HY-3), so these differences are allowed; each line says why and where to act.`}
      />
      <nav aria-label="Kinds of difference" className="flex flex-wrap gap-3 text-sm">
        <Link href={href(undefined)} className={kind ? "text-blue-700 underline" : "font-semibold"}>All</Link>
        {MISMATCH_KINDS.map((k) => (
          <Link key={k} href={href(k)} className={kind === k ? "font-semibold" : "text-blue-700 underline"}>
            {MISMATCH_WHY[k].title}
          </Link>
        ))}
      </nav>
      <MismatchTable accountId={accountId} rows={rows} pager={keysetLinks(Boolean(after), next, (a) => href(kind, a))} />
    </div>
  );
}
