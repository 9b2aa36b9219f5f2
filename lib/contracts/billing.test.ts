import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditEvents, contractInvoices, contracts, outboxEmails } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { editBillingContact } from "./edit-billing-contact";
import { loadContractDetails } from "./load-contract-details";
import { renewContract } from "./renew-contract";
import { setAutoRenew } from "./set-auto-renew";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let noSc: string;
const contractRow = async (id: string) =>
  (await w.db.select({ termStart: contracts.termStart, renewalDate: contracts.renewalDate, autoRenew: contracts.autoRenew, po: contracts.purchaseOrderNumber, contact: contracts.billingContactEmail }).from(contracts).where(eq(contracts.id, id)))[0]!;
const invoiceCount = async (id: string) => (await w.db.select({ n: count() }).from(contractInvoices).where(eq(contractInvoices.contractId, id)))[0]!.n;

beforeAll(async () => {
  w = await createDemoWorldDb("billing");
  hybrid = w.world.accountIds.hybrid;
  ({ withSc, noSc } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("renewal and billing", () => {
  it("CL-3 PU-3 AU-1 the contract manager renews: an invoice row, the renewal date moves a term on, one confirmation email", async () => {
    const before = await contractRow(noSc);
    const mailBefore = (await w.db.select({ n: count() }).from(outboxEmails).where(and(eq(outboxEmails.to, personas.contractManager.email), eq(outboxEmails.kind, "renewal-confirmation"))))[0]!.n;
    const r = await execute(w.db, w.actor("contractManager"), renewContract, { accountId: hybrid, contractId: noSc, fromRenewalDate: before.renewalDate });
    expect(r).toMatchObject({ ok: true, data: { renewed: true } });
    if (!r.ok || !r.data.invoiceNumber) return;
    const after = await contractRow(noSc);
    expect(after.termStart).toBe(before.renewalDate);
    const next = new Date(`${before.renewalDate}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 12);
    expect(after.renewalDate).toBe(next.toISOString().slice(0, 10));
    expect(await invoiceCount(noSc)).toBe(1);
    const mails = await w.db.select({ text: outboxEmails.text }).from(outboxEmails).where(and(eq(outboxEmails.to, personas.contractManager.email), eq(outboxEmails.kind, "renewal-confirmation")));
    expect(mails.length).toBe(mailBefore + 1);
    expect(mails.at(-1)!.text).toContain(r.data.invoiceNumber);
    const { billing } = (await loadContractDetails(w.db, noSc))!;
    expect(billing.invoices.map((i) => i.number)).toEqual([r.data.invoiceNumber]);
    const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects }).from(auditEvents).where(and(eq(auditEvents.action, "contract.renewed"), eq(auditEvents.contractId, noSc)));
    expect(event!.sideEffects[0]!.rule).toBe("PU-3");
  });

  it("CL-3 the contract manager switches auto-renew and edits the billing contact; the next invoice carries the purchase order", async () => {
    expect(await execute(w.db, w.actor("contractManager"), setAutoRenew, { accountId: hybrid, contractId: noSc, autoRenew: false })).toMatchObject({ ok: true });
    expect((await contractRow(noSc)).autoRenew).toBe(false);
    const edited = await execute(w.db, w.actor("contractManager"), editBillingContact, { accountId: hybrid, contractId: noSc, name: "Accounts Payable", email: "AP@Northwind.example", address: "1 Main St", purchaseOrderNumber: "PO-77" });
    expect(edited).toMatchObject({ ok: true, data: { email: "ap@northwind.example", purchaseOrderNumber: "PO-77" } });
    const r = await execute(w.db, w.actor("contractManager"), renewContract, { accountId: hybrid, contractId: noSc, fromRenewalDate: (await contractRow(noSc)).renewalDate });
    expect(r).toMatchObject({ ok: true, data: { renewed: true } });
    const { billing } = (await loadContractDetails(w.db, noSc))!;
    expect(billing.invoices[0]).toMatchObject({ purchaseOrderNumber: "PO-77", billedTo: "Accounts Payable <ap@northwind.example>" });
  });

  it("CL-3 invalid billing contact input gives field messages and changes nothing", async () => {
    const before = await contractRow(withSc);
    const r = await execute(w.db, w.actor("contractManager"), editBillingContact, { accountId: hybrid, contractId: withSc, name: "", email: "nope" });
    expect(r).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: [expect.any(String)], email: [expect.any(String)] } });
    expect(await contractRow(withSc)).toEqual(before);
  });

  it("UM-6 the primary admin's refusal names the contract manager, whom she may see on the contract", async () => {
    const before = await contractRow(withSc);
    const r = await execute(w.db, w.actor("primaryAdmin"), renewContract, { accountId: hybrid, contractId: withSc, fromRenewalDate: before.renewalDate });
    expect(r).toMatchObject({ ok: false, code: "denied", rule: "UM-6", message: "Only the contract manager, Daniel Weber, manages renewal and billing (UM-6)." });
    expect(await contractRow(withSc)).toEqual(before);
  });

  for (const [as, code, rule] of [
    ["primaryAdmin", "denied", "UM-6"],
    ["softwareCoordinator", "denied", "CL-8"],
    ["secondaryAdmin", "not_found", undefined],
    ["contractManager2", "not_found", undefined],
    ["classicUser", "not_found", undefined],
  ] as const) {
    it(`${rule ?? "UM-7"} CL-3 the ${as} cannot renew, switch auto-renew or edit billing (${code}); nothing is written`, async () => {
      const before = await contractRow(withSc);
      const invoices = await invoiceCount(withSc);
      const ref = { accountId: hybrid, contractId: withSc };
      for (const [spec, input] of [
        [renewContract, { ...ref, fromRenewalDate: before.renewalDate }],
        [setAutoRenew, { ...ref, autoRenew: !before.autoRenew }],
        [editBillingContact, { ...ref, name: "X", email: "x@example.test" }],
      ] as const) {
        const r = await execute(w.db, w.actor(as), spec as typeof renewContract, input);
        expect(r).toMatchObject({ ok: false, code, ...(rule ? { rule } : {}) });
        if (rule === "UM-6") expect(r.ok ? "" : r.message).toContain("contract manager");
      }
      expect(await contractRow(withSc)).toEqual(before);
      expect(await invoiceCount(withSc)).toBe(invoices);
    });
  }
});
