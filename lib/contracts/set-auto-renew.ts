import { eq } from "drizzle-orm";
import { z } from "zod";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { contractNumber } from "./classic-user-rows";
import { contractRef, lockedContractFacts } from "./contract-input";

export const setAutoRenewInput = contractRef.extend({ autoRenew: z.boolean() });

/** The contract manager switches auto-renew on or off (CL-3). */
export const setAutoRenew = defineAction({
  input: setAutoRenewInput,
  action: "contracts.manageBilling",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, autoRenew }) => {
    const [before] = await tx.select({ autoRenew: contracts.autoRenew }).from(contracts).where(eq(contracts.id, contractId));
    await tx.update(contracts).set({ autoRenew }).where(eq(contracts.id, contractId));
    return {
      data: { autoRenew },
      audit: {
        action: "contract.auto_renew_changed",
        accountId,
        contractId,
        targetType: "contract",
        targetId: contractId,
        targetLabel: await contractNumber(tx, contractId),
        before: { autoRenew: before?.autoRenew ?? null },
        after: { autoRenew },
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
