import type { ReactNode } from "react";
import type { ContractView } from "@/lib/contracts/view-contract";
import { BILLING_LABELS, CHANNEL_LABELS, MANAGEMENT_LABELS, STATUS_LABELS } from "./labels";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="text-sm wrap-anywhere">{children}</dd>
    </div>
  );
}

/** The contract's terms, its roles, and who manages renewal and billing (CL-3, UM-6). */
export function ContractSummary({ view }: { view: ContractView }) {
  const { details: d, billing } = view;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="contract-terms" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="contract-terms" className="mb-3 font-semibold">Term and roles</h2>
        <dl className="grid grid-cols-2 gap-3">
          <Item term="Management">{MANAGEMENT_LABELS[d.management]}</Item>
          <Item term="Channel">{CHANNEL_LABELS[d.channel]}</Item>
          <Item term="Status">{STATUS_LABELS[d.status]}</Item>
          <Item term="Term">
            {d.termStart} to {d.renewalDate}
          </Item>
          <Item term="Contract manager">
            {d.manager.name}
            <span className="block text-slate-600">{d.manager.email}</span>
          </Item>
          {d.management === "classic" ? (
            <Item term="Software coordinator">
              {d.coordinator ? (
                <>
                  {d.coordinator.name}
                  <span className="block text-slate-600">{d.coordinator.email}</span>
                </>
              ) : (
                "None"
              )}
            </Item>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="contract-billing" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="contract-billing" className="mb-3 font-semibold">Renewal and billing</h2>
        <dl className="grid grid-cols-2 gap-3">
          <Item term="Renewal date">{d.renewalDate}</Item>
          <Item term="Auto-renew">{d.autoRenew ? "On" : "Off"}</Item>
          <Item term="Billing">{BILLING_LABELS[d.billingState]}</Item>
        </dl>
        {billing.notice ? (
          <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="billing-notice">
            <p className="font-medium">{billing.notice}</p>
            <p className="mt-1">{billing.decision.reason}</p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
