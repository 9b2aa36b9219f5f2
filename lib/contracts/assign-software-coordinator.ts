import { eq } from "drizzle-orm";
import { emailAddress, text } from "@/lib/input/schemas";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
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
 * changes: no secondary admin, no named user, no classic user (CL-10, HY-3). The contract row
 * is locked, so of two requests for the same person the second finds them assigned already.
 */
export const assignSoftwareCoordinator = defineAction({
  input: assignSoftwareCoordinatorInput,
  action: "contracts.assignCoordinator",
  facts: (tx, input, actor) => lockedContractFacts(tx, actor, input),
  run: async (tx, { accountId, contractId, email, firstName, lastName }, { actor }) => {
    const [row] = await tx.select({ sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.id, contractId));
    const { person } = await findOrCreatePerson(tx, { email, firstName, lastName });
    // Assigning the coordinator it already has (a double click, a second tab) changes nothing, emails nobody and says so.
    if (row?.sc === person.id) return { data: { personId: person.id, replaced: null, changed: false, message: `${person.label} is already this contract's software coordinator: nothing changed.` }, audit: [] };
    const former = row?.sc ? await findPersonById(tx, row.sc) : null;
    await tx.update(contracts).set({ softwareCoordinatorId: person.id }).where(eq(contracts.id, contractId));
    const number = await contractNumber(tx, contractId);
    await enqueueEmail(tx, coordinatorAssignedEmail({ to: person.email, firstName: person.firstName, contractNumber: number, accountId, contractId, assignedBy: actor.name }));
    return {
      data: { personId: person.id, replaced: former?.id ?? null, changed: true, message: `${person.label} is now the software coordinator and has been emailed.` },
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
