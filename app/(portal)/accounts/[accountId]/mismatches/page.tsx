import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { decodeMismatchCursor, listMismatches, MISMATCH_KINDS, MISMATCH_WHY, type MismatchKind } from "@/lib/contracts/list-mismatches";
import { INVALID_CURSOR_MESSAGE } from "@/lib/input/schemas";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { InvalidRequest } from "@/components/ui/invalid-request";
import { Refusal } from "@/components/ui/refusal";
import { keysetLinks } from "@/components/ui/keyset-pager";
import { MismatchTable } from "@/components/accounts/contracts/mismatch-table";

export const metadata: Metadata = { title: "Mismatches" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** People and roles that differ between User Management and Classic User Management (HY-2, HY-3), each line with its reason and where to act. */
export default async function MismatchesPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const facts = await requestAccountFacts(accountId);
  const decision = authorizePage(facts, "contracts.viewMismatches");
  if (!decision.allowed || !facts?.actor.account) return <Refusal decision={decision} />;
  const sp = await searchParams;
  const base = `/accounts/${accountId}/mismatches`;
  const after = one(sp.after);
  if (after && !decodeMismatchCursor(after)) return <InvalidRequest message={INVALID_CURSOR_MESSAGE} startHref={base} />;
  const rawKind = one(sp.kind);
  const kind = MISMATCH_KINDS.includes(rawKind as MismatchKind) ? (rawKind as MismatchKind) : undefined;
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
      <div>
        <h1 className="text-2xl font-semibold">Mismatches</h1>
        <p className="mt-1 text-sm text-slate-600">{decision.reason}. The two views are independent (HY-2, HY-3), so these differences are allowed; each line says why and where to act.</p>
      </div>
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
