import { eq } from "drizzle-orm";
import { z } from "zod";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { contractNumber } from "./classic-user-rows";
import { contractRef, lockedContractFacts } from "./contract-input";

export const setAutoRenewInput = contractRef.extend({ autoRenew: z.boolean() });

const autoRenewWords = (on: boolean) => (on ? "on" : "off");

/**
 * The contract manager switches auto-renew on or off (CL-3). Setting it to what it already
 * is (a double click, a second tab) writes nothing and no audit event, and says so: the
 * contract row is locked, so the second of two requests sees the first's value.
 */
export const setAutoRenew = defineAction({
  input: setAutoRenewInput,
  action: "contracts.manageBilling",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, autoRenew }) => {
    const [before] = await tx.select({ autoRenew: contracts.autoRenew }).from(contracts).where(eq(contracts.id, contractId));
    if (before?.autoRenew === autoRenew) {
      return { data: { autoRenew, changed: false, message: `Auto-renew is already ${autoRenewWords(autoRenew)}: nothing changed.` }, audit: [] };
    }
    await tx.update(contracts).set({ autoRenew }).where(eq(contracts.id, contractId));
    return {
      data: { autoRenew, changed: true, message: `Auto-renew is ${autoRenewWords(autoRenew)}.` },
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
