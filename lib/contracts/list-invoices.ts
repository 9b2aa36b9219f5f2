import { sql } from "drizzle-orm";
import { contractInvoices, contracts } from "@/db/schema";

export type InvoiceLine = { id: string; number: string; issuedAt: string; periodStart: string; periodEnd: string; description: string; billedTo: string; purchaseOrderNumber: string | null };
export type BillingContact = { name: string | null; email: string | null; address: string | null; purchaseOrderNumber: string | null };
export type Billing = { contact: BillingContact; invoices: InvoiceLine[] };

/**
 * The billing contact and the last 100 invoices (newest first) as columns of the contract's
 * own row, so the contract page reads them in the statement that reads the contract. Only
 * the contract manager's page shows them (CL-3).
 */
export const billingColumns = {
  billingContact: sql<BillingContact>`json_build_object('name', ${contracts.billingContactName}, 'email', ${contracts.billingContactEmail}, 'address', ${contracts.billingAddress}, 'purchaseOrderNumber', ${contracts.purchaseOrderNumber})`,
  invoices: sql<InvoiceLine[]>`coalesce((
    select json_agg(json_build_object('id', i.id, 'number', i.number, 'issuedAt', to_char(i.issued_at at time zone 'UTC', 'YYYY-MM-DD'), 'periodStart', i.period_start,
      'periodEnd', i.period_end, 'description', i.description, 'billedTo', i.billed_to, 'purchaseOrderNumber', i.purchase_order_number) order by i.issued_at desc, i.id desc)
    from (select * from ${contractInvoices} ci where ci.contract_id = ${contracts.id} order by ci.issued_at desc, ci.id desc limit 100) i), '[]'::json)`,
};
