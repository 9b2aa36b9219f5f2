import { emailAddress } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { contractRef } from "./contract-input";
import { describeHandOver, loadHandOverFacts } from "./contract-manager-change-facts";

export const contractManagerChangeTarget = contractRef.extend({ email: emailAddress("Enter the new contract manager's email address.") });

/**
 * The preview of handing over the contract manager role (CL-4): every effect before the
 * confirmation, or the reason a step is skipped (CL-5 with UM-4 and HY-1). Nothing is
 * written; it goes through the same gate as the change, so who may not hand over the role
 * sees the same refusal here.
 */
export const previewContractManagerChange = defineAction({
  input: contractManagerChangeTarget,
  action: "contracts.changeManager",
  facts: (tx, input, actor) => loadHandOverFacts(tx, actor, input, false),
  run: async (tx, { contractId, email }, { facts }) => {
    const { preview } = await describeHandOver(tx, contractId, facts.resource.account.hasNamedContract, email, facts.person, facts.resource.newManager);
    return { data: preview, audit: [] };
  },
});
