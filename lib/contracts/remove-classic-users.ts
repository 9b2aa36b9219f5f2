import { and, eq, inArray } from "drizzle-orm";
import { classicAssignments, classicUsers, products } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { personLabels } from "@/lib/people/people";
import { contractNumber } from "./classic-user-rows";
import { contractRef, lockedContractFacts, personIdsInput } from "./contract-input";

export const removeClassicUsersInput = contractRef.extend({ personIds: personIdsInput });

/**
 * Removes classic users from a contract (one, or the selected ones), with their product
 * assignments on it (the seats become free, CL-12's counters follow). Named users are not
 * touched (HY-2). Someone who is not a classic user of the contract makes the whole change
 * "not found": nothing is half-applied.
 */
export const removeClassicUsers = defineAction({
  input: removeClassicUsersInput,
  action: "contracts.manageClassicUsers",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, personIds }) => {
    const held = await tx
      .select({ personId: classicAssignments.personId, product: products.name })
      .from(classicAssignments)
      .innerJoin(products, eq(products.id, classicAssignments.productId))
      .where(and(eq(classicAssignments.contractId, contractId), inArray(classicAssignments.personId, personIds)));
    const removed = await tx
      .delete(classicUsers)
      .where(and(eq(classicUsers.contractId, contractId), inArray(classicUsers.personId, personIds)))
      .returning({ personId: classicUsers.personId });
    if (removed.length !== personIds.length) throw notFound(personIds.length === 1 ? "This classic user" : "One of the selected classic users");
    const labels = await personLabels(tx, personIds);
    const number = await contractNumber(tx, contractId);
    const audit = personIds.map((personId) => ({
      action: "classic_user.removed",
      accountId,
      contractId,
      targetType: "classic_user",
      targetId: personId,
      targetLabel: labels.get(personId) ?? personId,
      before: { contract: number, products: held.filter((h) => h.personId === personId).map((h) => h.product) },
      sideEffects: [{ rule: "HY-2", effect: "User Management unchanged: named user and products there kept" }],
    }));
    return { data: { removed: personIds.length }, audit };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
