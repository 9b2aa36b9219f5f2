import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { loadPersonAcrossViews } from "@/lib/contracts/person-across-views";
import { CLASSIC_ROLE_LABELS } from "@/lib/contracts/classic-users-query";
import { requestAccountFacts } from "@/lib/pages/request-facts";
import { requireUuid } from "@/lib/pages/ids";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Person" };

type Props = { params: Promise<{ accountId: string; personId: string }> };

const ADMIN = { primary: "Primary admin", secondary: "Secondary admin" } as const;

/**
 * One person across both views, read-only and side by side: their place in User Management
 * and in each classic contract the viewer sees, each line linking to where it is changed.
 * The views are independent (HY-2, HY-3), so one can hold the person and the other not.
 */
export default async function PersonAcrossViewsPage({ params }: Props) {
  const { accountId: rawAccount, personId: rawPerson } = await params;
  const accountId = requireUuid(rawAccount);
  const personId = requireUuid(rawPerson);
  const facts = await requestAccountFacts(accountId);
  if (!facts) notFound();
  const view = await loadPersonAcrossViews(await getDb(), facts, personId);
  if (!view) notFound();
  const { person, userManagement: um, classic } = view;
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        {/* Up to the list the viewer has: By User where they see User Management, else the contracts. */}
        <Breadcrumbs items={[um === undefined ? { label: "Contracts", href: `/accounts/${accountId}/contracts` } : { label: "By User", href: `/accounts/${accountId}/users` }, { label: person.label }]} />
        <PageHeader title={person.label} description="Where this person appears in the two views. They are kept apart: a change in one changes nothing in the other (HY-2, HY-3)." />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="in-um" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="in-um" className="mb-2 font-semibold">User Management</h2>
          {um === undefined ? (
            <p className="text-sm text-slate-600">You do not see User Management in this account (UM-7).</p>
          ) : um === null ? (
            <p className="text-sm text-slate-600">Not a named user of this account.</p>
          ) : (
            <p className="text-sm">
              Named user ({um.status}){um.adminRole ? `, ${ADMIN[um.adminRole]}` : ""}. Products: {um.products.length ? um.products.join(", ") : "none"}.{" "}
              <Link className="text-blue-700 underline" href={`/accounts/${accountId}/users/${personId}`}>
                Change in By User
              </Link>
            </p>
          )}
        </section>
        <section aria-labelledby="in-classic" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="in-classic" className="mb-2 font-semibold">Classic User Management</h2>
          {classic.length === 0 ? (
            <p className="text-sm text-slate-600">In none of the classic contracts you see.</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {classic.map((c) => (
                <li key={c.contractId}>
                  Contract <span className="font-mono">{c.contractNumber}</span>: {c.roles.map((r) => CLASSIC_ROLE_LABELS[r]).join(", ")}. Products: {c.products.length ? c.products.join(", ") : "none"}.{" "}
                  <Link className="text-blue-700 underline" href={`/accounts/${accountId}/contracts/${c.contractId}`}>
                    Change on the contract
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
