import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractInvoices, contracts } from "@/db/schema";

export type InvoiceLine = { id: string; number: string; issuedAt: string; periodStart: string; periodEnd: string; description: string; billedTo: string; purchaseOrderNumber: string | null };
export type BillingContact = { name: string | null; email: string | null; address: string | null; purchaseOrderNumber: string | null };

/** A contract's billing contact and its past invoices, newest first. The caller has decided the actor manages billing (CL-3). */
export async function loadBilling(db: Db, contractId: string): Promise<{ contact: BillingContact; invoices: InvoiceLine[] }> {
  const [contact] = await db
    .select({ name: contracts.billingContactName, email: contracts.billingContactEmail, address: contracts.billingAddress, purchaseOrderNumber: contracts.purchaseOrderNumber })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  const rows = await db
    .select({
      id: contractInvoices.id,
      number: contractInvoices.number,
      issuedAt: contractInvoices.issuedAt,
      periodStart: contractInvoices.periodStart,
      periodEnd: contractInvoices.periodEnd,
      description: contractInvoices.description,
      billedTo: contractInvoices.billedTo,
      purchaseOrderNumber: contractInvoices.purchaseOrderNumber,
    })
    .from(contractInvoices)
    .where(eq(contractInvoices.contractId, contractId))
    .orderBy(desc(contractInvoices.issuedAt), desc(contractInvoices.id))
    .limit(100);
  return {
    contact: contact ?? { name: null, email: null, address: null, purchaseOrderNumber: null },
    invoices: rows.map((r) => ({ ...r, issuedAt: r.issuedAt.toISOString().slice(0, 10) })),
  };
}
