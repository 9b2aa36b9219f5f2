import { eq, sql } from "drizzle-orm";
import { contractInvoices, contracts, people } from "@/db/schema";
import { defineAction, type ActionAudit } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { publicLink } from "@/lib/config/public-url";
import { isoDay } from "@/lib/input/schemas";
import { contractRef, lockedContractFacts } from "./contract-input";

/** A renewal adds one term of this length (the portal records terms; prices live with the store or reseller). */
export const TERM_MONTHS = 12;

/** A renewal names the renewal date it was asked from (the one the page showed): CL-3 Decision. */
export const renewContractInput = contractRef.extend({ fromRenewalDate: isoDay() });

/** `renewed: false` = this renewal had already happened (a double click, a retry): nothing was written. */
export type RenewalResult = { renewed: boolean; renewalDate: string; invoiceNumber: string | null; message: string };

export const alreadyRenewedMessage = (renewalDate: string) => `Already renewed — the contract now renews on ${renewalDate}.`;

/**
 * The contract manager renews the contract for another term (CL-3): the new term starts at
 * the current renewal date, the renewal date moves a term on, an expired contract becomes
 * active again, an invoice is recorded (there is no payment provider) and the contract
 * manager is emailed a confirmation (PU-3), all in one transaction with its audit event.
 * A second request for the same renewal (the renewal date moved since the page showed it)
 * renews nothing and says so; the contract row is locked, so two at once run one after the
 * other, and one invoice per term is also a unique index (the backstop).
 */
export const renewContract = defineAction({
  input: renewContractInput,
  action: "contracts.manageBilling",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, fromRenewalDate }, { actor }): Promise<{ data: RenewalResult; audit: ActionAudit | ActionAudit[] }> => {
    const [c] = await tx
      .select({
        number: contracts.number,
        status: contracts.status,
        termStart: contracts.termStart,
        renewalDate: contracts.renewalDate,
        nextRenewal: sql<string>`(${contracts.renewalDate} + make_interval(months => ${TERM_MONTHS}))::date::text`,
        contactName: contracts.billingContactName,
        contactEmail: contracts.billingContactEmail,
        po: contracts.purchaseOrderNumber,
        cmEmail: people.email,
        cmFirstName: people.firstName,
      })
      .from(contracts)
      .innerJoin(people, eq(people.id, contracts.contractManagerId))
      .where(eq(contracts.id, contractId));
    if (!c) throw notFound("The contract");
    if (c.renewalDate !== fromRenewalDate) {
      return { data: { renewed: false, renewalDate: c.renewalDate, invoiceNumber: null, message: alreadyRenewedMessage(c.renewalDate) }, audit: [] };
    }
    await tx.update(contracts).set({ termStart: c.renewalDate, renewalDate: c.nextRenewal, status: "active" }).where(eq(contracts.id, contractId));
    const billedTo = [c.contactName, c.contactEmail].filter(Boolean).join(" <") + (c.contactName && c.contactEmail ? ">" : "");
    const [invoice] = await tx
      .insert(contractInvoices)
      .values({
        contractId,
        number: `INV-${c.number}-${c.renewalDate.replaceAll("-", "")}`,
        periodStart: c.renewalDate,
        periodEnd: c.nextRenewal,
        description: `Renewal of contract ${c.number} for ${TERM_MONTHS} months`,
        billedTo: billedTo || c.cmEmail,
        purchaseOrderNumber: c.po,
        issuedBy: actor.personId,
      })
      .returning({ id: contractInvoices.id, number: contractInvoices.number });
    await enqueueEmail(tx, {
      kind: "renewal-confirmation",
      to: c.cmEmail,
      subject: `Your contract ${c.number} is renewed`,
      text: [
        `Hello ${c.cmFirstName || c.cmEmail},`,
        "",
        `Contract ${c.number} is renewed from ${c.renewalDate} until ${c.nextRenewal}. Invoice ${invoice!.number} is recorded.`,
        `See the contract: ${publicLink(`/accounts/${accountId}/contracts/${contractId}`)}`,
      ].join("\n"),
    });
    return {
      data: {
        renewed: true,
        renewalDate: c.nextRenewal,
        invoiceNumber: invoice!.number,
        message: `Renewed until ${c.nextRenewal}. Invoice ${invoice!.number} is recorded and a confirmation email is on its way.`,
      },
      audit: {
        action: "contract.renewed",
        accountId,
        contractId,
        targetType: "contract",
        targetId: contractId,
        targetLabel: c.number,
        before: { termStart: c.termStart, renewalDate: c.renewalDate, status: c.status },
        after: { termStart: c.renewalDate, renewalDate: c.nextRenewal, status: "active", invoice: invoice!.number },
        sideEffects: [{ rule: "PU-3", effect: `Renewal confirmation to ${c.cmEmail} queued in the outbox` }],
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
