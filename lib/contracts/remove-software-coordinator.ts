import { eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { findPersonById } from "@/lib/people/people";
import { contractRef, lockedContractFacts } from "./contract-input";

/**
 * The contract manager removes the contract's software coordinator (CL-6). The person keeps
 * everything else: other contracts they coordinate (CL-7), any admin role (CL-10), their
 * place as a classic or named user (HY-3). Release notes go to the contract manager again.
 */
export const removeSoftwareCoordinator = defineAction({
  input: contractRef,
  action: "contracts.removeCoordinator",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId }) => {
    const [row] = await tx.select({ sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.id, contractId));
    const former = row?.sc ? await findPersonById(tx, row.sc) : null;
    await tx.update(contracts).set({ softwareCoordinatorId: null }).where(eq(contracts.id, contractId));
    return {
      data: { removed: former?.id ?? null },
      audit: {
        action: "contract.software_coordinator_removed",
        accountId,
        contractId,
        targetType: "person",
        targetId: former?.id ?? null,
        targetLabel: former?.label ?? "",
        before: { softwareCoordinator: former?.email ?? null },
        after: { softwareCoordinator: null },
        sideEffects: [{ rule: "CL-10", effect: "No secondary admin changes" }],
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
