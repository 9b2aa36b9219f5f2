import { eq } from "drizzle-orm";
import { emailAddress, text } from "@/lib/input/schemas";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { findOrCreatePerson, findPersonById } from "@/lib/people/people";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { contractNumber } from "./classic-user-rows";
import { contractRef, lockedContractFacts } from "./contract-input";
import { coordinatorAssignedEmail } from "./coordinator-email";

const optionalName = text({ max: 100, maxMessage: "Use at most 100 characters." }).default("");

export const assignSoftwareCoordinatorInput = contractRef.extend({
  email: emailAddress("Enter an email address like name@example.com."),
  firstName: optionalName,
  lastName: optionalName,
});

/**
 * The contract manager assigns the contract's one software coordinator, or replaces the one
 * it has (CL-6; CL-7: the person may coordinate other contracts too). The person is found or
 * created through lib/people and emailed (EM-1). Only the contract's coordinator column
 * changes: no secondary admin, no named user, no classic user (CL-10, HY-3).
 */
export const assignSoftwareCoordinator = defineAction({
  input: assignSoftwareCoordinatorInput,
  action: "contracts.assignCoordinator",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, email, firstName, lastName }, { actor }) => {
    const [row] = await tx.select({ sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.id, contractId));
    const { person } = await findOrCreatePerson(tx, { email, firstName, lastName });
    if (row?.sc === person.id) throw conflict(`${person.email} is already this contract's software coordinator.`, "CL-6");
    const former = row?.sc ? await findPersonById(tx, row.sc) : null;
    await tx.update(contracts).set({ softwareCoordinatorId: person.id }).where(eq(contracts.id, contractId));
    const number = await contractNumber(tx, contractId);
    await enqueueEmail(tx, coordinatorAssignedEmail({ to: person.email, firstName: person.firstName, contractNumber: number, accountId, contractId, assignedBy: actor.name }));
    return {
      data: { personId: person.id, replaced: former?.id ?? null },
      audit: {
        action: former ? "contract.software_coordinator_replaced" : "contract.software_coordinator_assigned",
        accountId,
        contractId,
        targetType: "person",
        targetId: person.id,
        targetLabel: person.label,
        before: { softwareCoordinator: former?.email ?? null },
        after: { softwareCoordinator: person.email },
        sideEffects: [
          { rule: "EM-1", effect: `Email to ${person.email} queued in the outbox` },
          { rule: "CL-10", effect: "No secondary admin changes" },
        ],
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`],
});
