import { eq } from "drizzle-orm";
import { emailAddress, text } from "@/lib/input/schemas";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { contractNumber } from "./classic-user-rows";
import { contractRef, lockedContractFacts } from "./contract-input";

const blankToNull = (v: string) => (v === "" ? null : v);

export const editBillingContactInput = contractRef.extend({
  name: text({ min: 1, max: 200, minMessage: "Enter the billing contact's name.", maxMessage: "Use at most 200 characters." }),
  email: emailAddress("Enter an email address like billing@example.com."),
  address: text({ max: 1000, maxMessage: "Use at most 1000 characters." }).default("").transform(blankToNull),
  purchaseOrderNumber: text({ max: 64, maxMessage: "Use at most 64 characters." }).default("").transform(blankToNull),
});

/**
 * The contract manager edits the billing contact: name, email, address, purchase-order number
 * (CL-3). Saving what is already there (a double click, a second tab) writes nothing and no
 * audit event; the contract row is locked, so the second of two requests sees the first's.
 */
export const editBillingContact = defineAction({
  input: editBillingContactInput,
  action: "contracts.manageBilling",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, name, email, address, purchaseOrderNumber }) => {
    const [before] = await tx
      .select({ name: contracts.billingContactName, email: contracts.billingContactEmail, address: contracts.billingAddress, purchaseOrderNumber: contracts.purchaseOrderNumber })
      .from(contracts)
      .where(eq(contracts.id, contractId));
    const after = { name, email, address, purchaseOrderNumber };
    if (before && (Object.keys(after) as (keyof typeof after)[]).every((k) => before[k] === after[k])) {
      return { data: { ...after, changed: false, message: "The billing contact already reads so: nothing changed." }, audit: [] };
    }
    await tx
      .update(contracts)
      .set({ billingContactName: name, billingContactEmail: email, billingAddress: address, purchaseOrderNumber })
      .where(eq(contracts.id, contractId));
    return {
      data: { ...after, changed: true, message: "Billing contact saved." },
      audit: {
        action: "contract.billing_changed",
        accountId,
        contractId,
        targetType: "contract",
        targetId: contractId,
        targetLabel: await contractNumber(tx, contractId),
        before: before ?? null,
        after,
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`],
});
