import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { productLabel } from "@/lib/seats/product-seats";
import { assignNamedProduct, namedNoSeatReason } from "@/lib/seats/named-seats";

export const assignProductInput = z.object({ accountId: z.uuid(), personId: text({ min: 1, max: 100 }), productId: z.uuid() });

/** Assigns one product to one named user, within the seats (UM-5, UM-9). */
export const assignProduct = defineAction({
  input: assignProductInput,
  action: "namedUsers.assignProduct",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, { accountId, personId, productId }) => {
    const product = await productLabel(tx, productId);
    if (!product) throw new DomainError("not_found", "This product was not found.");
    const outcome = await assignNamedProduct(tx, accountId, productId, [personId]);
    if (outcome.alreadyAssigned.length) throw new DomainError("conflict", `This user already has ${product}.`);
    if (outcome.noSeat.length) {
      // conflict: capacity, counted under the seat lock at the moment of writing (UM-9); the policy decides who may assign.
      throw new DomainError("conflict", namedNoSeatReason(product), "UM-9");
    }
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    return {
      data: { personId, productId },
      audit: { action: "named_user.product_assigned", accountId, targetType: "named_user", targetId: personId, targetLabel: label, after: { product } },
    };
  },
  revalidate: ({ accountId, personId, productId }) => [`/accounts/${accountId}/users/${personId}`, `/accounts/${accountId}/products/${productId}`, `/accounts/${accountId}/products`],
});
