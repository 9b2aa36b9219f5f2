import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { MOVE_OUTCOME_LABELS, previewMoveToNamed } from "@/lib/contracts/preview-move-to-named";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Move to User Management (dry run)" };

type Props = { params: Promise<{ accountId: string; contractId: string }> };

/** A read-only preview of converting a classic contract into a named one: nothing is written (CL-3, UM-7; CL-5, UM-4, CL-6, UM-9 in its lines). */
export default async function MovePreviewPage({ params }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const result = await previewMoveToNamed(await getDb(), actor.personId, accountId, contractId);
  if (!result) notFound();
  if (!result.preview) return <Refusal decision={result.decision} />;
  const p = result.preview;
  const newUsers = p.users.filter((u) => u.namedUser === "new");
  return (
    <div className="flex max-w-5xl flex-col gap-5">
      <Breadcrumbs items={[{ label: "Account", href: `/accounts/${accountId}` }, { label: "Contracts", href: `/accounts/${accountId}/contracts` }, { label: p.contractNumber, href: `/accounts/${accountId}/contracts/${contractId}` }, { label: "Move dry run" }]} />
      <Link href={`/accounts/${accountId}/contracts/${contractId}`} className="text-sm text-blue-700 underline">Back to the contract</Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Move contract {p.contractNumber} to User Management: dry run</h1>
        <a href={`/api/accounts/${accountId}/contracts/${contractId}/move-preview`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100" download>Download CSV</a>
      </div>
      <p className="text-sm text-slate-600">Nothing is changed by this page: it shows what converting the contract would do. Applying it is not available yet.</p>
      <section aria-labelledby="move-users">
        <h2 id="move-users" className="font-semibold">Classic users ({p.users.length}): {newUsers.length} would become new named users, {p.users.length - newUsers.length} already are</h2>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {p.users.map((u) => <li key={u.personId}>{u.name} ({u.email}): {u.namedUser === "new" ? "new named user" : "already a named user"}</li>)}
        </ul>
      </section>
      <section aria-labelledby="move-assignments">
        <h2 id="move-assignments" className="font-semibold">Product assignments</h2>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {p.assignments.map((a, i) => <li key={i}>{a.name}, {a.product}: {MOVE_OUTCOME_LABELS[a.outcome]}</li>)}
        </ul>
      </section>
      <section aria-labelledby="move-roles">
        <h2 id="move-roles" className="font-semibold">Roles</h2>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {p.roles.map((r) => <li key={r.role}>The {r.role} ({r.person}) {r.outcome} <span className="text-xs text-slate-500">({r.rules.join(", ")})</span></li>)}
        </ul>
      </section>
      <section aria-labelledby="move-emails">
        <h2 id="move-emails" className="font-semibold">Emails that would go out</h2>
        <ul className="mt-1 list-disc pl-5 text-sm">{p.emails.length ? p.emails.map((e) => <li key={e}>{e}</li>) : <li>None</li>}</ul>
      </section>
    </div>
  );
}
