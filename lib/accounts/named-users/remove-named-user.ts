import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions";
import { removalAudit, removeNamedUserRows } from "./remove-rows";

export const removeNamedUserInput = z.object({ accountId: z.uuid(), personId: text({ min: 1, max: 100 }) });

/**
 * Removes a named user from User Management (UM-5) with their product assignments and any
 * secondary-admin role (UM-10); never the primary admin (UM-10, decided by the policy).
 */
export const removeNamedUser = defineAction({
  input: removeNamedUserInput,
  action: "namedUsers.remove",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, { accountId, personId }) => {
    const [removed] = await removeNamedUserRows(tx, accountId, [personId]);
    // Only a primary-admin change racing this one gets here: the policy refused a primary before.
    if (!removed) throw new DomainError("denied", "The primary admin cannot be removed: make someone else primary admin first (UM-10).", "UM-10");
    return { data: removed, audit: removalAudit(accountId, removed) };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`, `/accounts/${accountId}/admins`],
});
