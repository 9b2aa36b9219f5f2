import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { assignProductInput } from "./assign-product";
import { personLabels } from "@/lib/people/people";
import { productLabel } from "@/lib/seats/product-seats";
import { unassignNamedProduct } from "@/lib/seats/named-seats";

/** Takes one product away from one named user (UM-5). */
export const unassignProduct = defineAction({
  input: assignProductInput,
  action: "namedUsers.unassignProduct",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, { accountId, personId, productId }) => {
    const product = await productLabel(tx, productId);
    if (!product) throw new DomainError("not_found", "This product was not found.");
    const removed = await unassignNamedProduct(tx, accountId, productId, [personId]);
    if (removed.length === 0) throw new DomainError("conflict", `This user does not have ${product}.`);
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    return {
      data: { personId, productId },
      audit: { action: "named_user.product_unassigned", accountId, targetType: "named_user", targetId: personId, targetLabel: label, before: { product } },
    };
  },
  revalidate: ({ accountId, personId, productId }) => [`/accounts/${accountId}/users/${personId}`, `/accounts/${accountId}/products/${productId}`, `/accounts/${accountId}/products`],
});
