import { emailAddress, text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { addedAudits, insertClassicUsers } from "./classic-user-rows";
import { contractRef, lockedContractFacts } from "./contract-input";

const optionalName = text({ max: 100, maxMessage: "Use at most 100 characters." }).default("");

export const addClassicUserInput = contractRef.extend({
  email: emailAddress("Enter an email address like name@example.com."),
  firstName: optionalName,
  lastName: optionalName,
});

/**
 * Adds one classic user to a classic contract (CL-3 for its manager, CL-8 for its
 * coordinator). An unknown email becomes a new person through lib/people; an existing person
 * is found and never changed. Only Classic User Management changes (HY-2).
 */
export const addClassicUser = defineAction({
  input: addClassicUserInput,
  action: "contracts.manageClassicUsers",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, email, firstName, lastName }) => {
    const [result] = await insertClassicUsers(tx, contractId, [{ email, firstName, lastName }]);
    if (!result!.added) throw conflict(`${email} is already a classic user of this contract.`);
    const [audit] = await addedAudits(tx, accountId, contractId, [result!]);
    return { data: { personId: result!.personId, personCreated: result!.personCreated }, audit: audit! };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
