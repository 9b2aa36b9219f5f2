import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/actions/result";
import { personLabels } from "@/lib/people/people";
import { productLabel } from "@/lib/seats/product-seats";
import { assignClassicProduct, classicNoSeatReason, lockClassicSeats } from "@/lib/seats/classic-seats";
import { contractRef, lockedContractFacts, personIdsInput } from "./contract-input";

export const assignClassicProductInput = contractRef.extend({ productId: z.uuid(), personIds: personIdsInput });

/**
 * Gives one of the contract's products to classic users of the contract (one, or the
 * selected ones), within its seats (CL-12). The contract product's row is locked and its
 * counter read in this transaction, so of two requests for the last seat exactly one wins;
 * when the seats left are fewer than the people asked for, nothing is assigned.
 */
export const assignClassicProductToUsers = defineAction({
  input: assignClassicProductInput,
  action: "contracts.manageClassicAccess",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, productId, personIds }) => {
    const seats = await lockClassicSeats(tx, contractId, productId);
    const product = seats ? await productLabel(tx, productId) : null;
    if (!product) throw notFound("This product of the contract");
    const outcome = await assignClassicProduct(tx, contractId, productId, personIds);
    if (outcome.notClassicUsers.length) throw notFound(personIds.length === 1 ? "This classic user" : "One of the selected classic users");
    if (outcome.noSeat.length) {
      const n = outcome.noSeat.length;
      // conflict: capacity, counted under the contract product's seat lock at the moment of writing (CL-12); the policy decides who may assign.
      throw conflict(`${classicNoSeatReason(product)}${personIds.length > 1 ? ` ${n} of the ${personIds.length} selected users would have no seat, so nothing was assigned.` : ""}`, "CL-12");
    }
    if (personIds.length === 1 && outcome.alreadyAssigned.length === 1) throw conflict(`This user already has ${product}.`);
    const labels = await personLabels(tx, outcome.assigned);
    const audit = outcome.assigned.map((personId) => ({
      action: "classic_user.product_assigned",
      accountId,
      contractId,
      targetType: "classic_user",
      targetId: personId,
      targetLabel: labels.get(personId) ?? personId,
      after: { product },
    }));
    return { data: { assigned: outcome.assigned.length, alreadyAssigned: outcome.alreadyAssigned.length }, audit };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
