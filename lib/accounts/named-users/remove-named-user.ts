import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/result";
import { lockAccountAdmins } from "@/lib/accounts/admins/lock-account-admins";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { removalAudit, removeNamedUserRows } from "./remove-rows";

export const removeNamedUserInput = z.object({ accountId: z.uuid(), personId: text({ min: 1, max: 100 }) });

/**
 * Removes a named user from User Management (UM-5) with their product assignments and any
 * secondary-admin role (UM-10); never the primary admin (UM-10, decided by the policy).
 */
export const removeNamedUser = defineAction({
  input: removeNamedUserInput,
  action: "namedUsers.remove",
  // Lock the admins first, so the policy sees the target's admin role as it is now: a promotion to
  // primary admin racing this removal either commits first (and UM-10 refuses) or waits for it.
  facts: async (tx, input, actor) => {
    await lockAccountAdmins(tx, input.accountId);
    return loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId);
  },
  run: async (tx, { accountId, personId }) => {
    const [removed] = await removeNamedUserRows(tx, accountId, [personId]);
    // Unreachable under the admins lock (the policy saw a named user who is not primary admin); kept as a guard.
    if (!removed) throw notFound("This named user");
    return { data: removed, audit: removalAudit(accountId, removed) };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`, `/accounts/${accountId}/admins`],
});
