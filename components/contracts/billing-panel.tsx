"use client";

import { useState } from "react";
import { editBillingContactAction, renewContractAction, setAutoRenewAction } from "@/lib/contracts/actions";
import type { BillingContact, InvoiceLine } from "@/lib/contracts/list-invoices";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string; renewalDate: string; autoRenew: boolean; termMonths: number; contact: BillingContact; invoices: InvoiceLine[] };

const INVOICE_COLUMNS: readonly Column<InvoiceLine>[] = [
  { key: "number", header: "Invoice", rowHeader: true, className: "font-mono", cell: (i) => i.number },
  { key: "issued", header: "Issued", cell: (i) => i.issuedAt },
  { key: "period", header: "Period", cell: (i) => `${i.periodStart} to ${i.periodEnd}` },
  { key: "to", header: "Billed to", cell: (i) => i.billedTo },
  { key: "po", header: "PO number", cell: (i) => i.purchaseOrderNumber ?? "—" },
];

/** Renewal and billing, the contract manager's alone (CL-3): renew, auto-renew, billing contact, past invoices. */
export function BillingPanel({ accountId, contractId, renewalDate, autoRenew, termMonths, contact, invoices }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const renew = useServerAction(renewContractAction);
  const auto = useServerAction(setAutoRenewAction);
  const edit = useServerAction(editBillingContactAction);
  const ref = { accountId, contractId };
  return (
    <section aria-labelledby="billing-panel" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="billing-panel" className="font-semibold">Manage renewal and billing</h2>
      <p className="text-sm text-slate-600">There is no payment provider: invoices are records of each renewal, kept here.</p>
      <div className="flex flex-wrap items-center gap-3">
        {/* The renewal carries the date this page showed: a second request for it renews nothing (CL-3). */}
        <ConfirmButton variant="primary" label={renew.pending ? "Renewing…" : "Renew contract"} disabled={renew.pending} title="Renew for another term?" confirmLabel="Renew" onConfirm={() => renew.run({ ...ref, fromRenewalDate: renewalDate }, (d) => setDone(d.message))}>
          The contract runs {termMonths} more months from {renewalDate}; an invoice is recorded and you are emailed a confirmation.
        </ConfirmButton>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={autoRenew} disabled={auto.pending} onChange={(e) => auto.run({ ...ref, autoRenew: e.target.checked }, (d) => setDone(d.changed ? null : d.message))} />
          Renew automatically
        </label>
      </div>
      {done ? <p role="status" className="text-sm text-green-800">{done}</p> : null}
      <FailureMessage failure={renew.failure ?? auto.failure} />
      <form action={(f) => edit.run({ ...ref, name: f.get("name"), email: f.get("email"), address: f.get("address") ?? "", purchaseOrderNumber: f.get("purchaseOrderNumber") ?? "" }, (d) => setDone(d.message))} className="flex flex-col gap-3" aria-label="Billing contact">
        <h3 className="text-sm font-semibold">Billing contact</h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Name" name="name" id="billing-name" required defaultValue={contact.name ?? ""} error={fieldError(edit.failure, "name")} />
          <Field label="Email" name="email" id="billing-email" type="email" required defaultValue={contact.email ?? ""} error={fieldError(edit.failure, "email")} />
          <Field label="Address" name="address" id="billing-address" defaultValue={contact.address ?? ""} error={fieldError(edit.failure, "address")} />
          <Field label="Purchase-order number" name="purchaseOrderNumber" id="billing-po" defaultValue={contact.purchaseOrderNumber ?? ""} error={fieldError(edit.failure, "purchaseOrderNumber")} />
        </div>
        <div><Button type="submit" variant="secondary" disabled={edit.pending}>Save billing contact</Button></div>
        {edit.failure && edit.failure.code !== "invalid" ? <FailureMessage failure={edit.failure} /> : null}
      </form>
      <h3 className="text-sm font-semibold">Past invoices</h3>
      <DataTable caption="Past invoices" columns={INVOICE_COLUMNS} rows={invoices} rowKey={(i) => i.id} empty="No invoices yet: one is recorded at each renewal." testId="invoices" />
    </section>
  );
}
