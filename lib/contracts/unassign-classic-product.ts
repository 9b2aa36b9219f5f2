import { and, eq } from "drizzle-orm";
import { contractProducts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/actions/result";
import { personLabels } from "@/lib/people/people";
import { productLabel } from "@/lib/seats/product-seats";
import { unassignClassicProduct } from "@/lib/seats/classic-seats";
import { assignClassicProductInput } from "./assign-classic-product";
import { lockedContractFacts } from "./contract-input";

/** Takes one of the contract's products away from classic users (one, or the selected ones); their seats become free (CL-12's counters follow). */
export const unassignClassicProductFromUsers = defineAction({
  input: assignClassicProductInput,
  action: "contracts.manageClassicAccess",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, productId, personIds }) => {
    const [line] = await tx
      .select({ productId: contractProducts.productId })
      .from(contractProducts)
      .where(and(eq(contractProducts.contractId, contractId), eq(contractProducts.productId, productId)));
    const product = line ? await productLabel(tx, productId) : null;
    if (!product) throw notFound("This product of the contract");
    const removed = await unassignClassicProduct(tx, contractId, productId, personIds);
    if (removed.length === 0) throw conflict(personIds.length === 1 ? `This user does not have ${product}.` : `None of the selected users has ${product}.`);
    const labels = await personLabels(tx, removed);
    const audit = removed.map((personId) => ({
      action: "classic_user.product_unassigned",
      accountId,
      contractId,
      targetType: "classic_user",
      targetId: personId,
      targetLabel: labels.get(personId) ?? personId,
      before: { product },
    }));
    return { data: { unassigned: removed.length }, audit };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
