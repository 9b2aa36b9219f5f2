import { and, eq } from "drizzle-orm";
import { accountAdmins } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { roleChangeEffects } from "@/lib/permissions";
import { adminTargetInput } from "./change-primary-admin";
import { lockAccountAdmins } from "./lock-account-admins";
import { findPersonById } from "@/lib/people/people";

/**
 * Takes the secondary-admin role away (UM-3); the person stays a named user with their
 * products. The primary admin is never removed here (UM-10): the policy refuses it, and the
 * delete only matches a secondary row, so a concurrent promotion cannot slip through.
 */
export const removeSecondaryAdmin = defineAction({
  input: adminTargetInput,
  action: "admins.removeSecondary",
  facts: async (tx, input, actor) => {
    await lockAccountAdmins(tx, input.accountId);
    return loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId);
  },
  run: async (tx, { accountId, personId }) => {
    const removed = await tx
      .delete(accountAdmins)
      .where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.personId, personId), eq(accountAdmins.role, "secondary")))
      .returning({ personId: accountAdmins.personId });
    // conflict: they were removed or promoted since the facts were read (a double click, another admin).
    if (removed.length === 0) throw new DomainError("conflict", "This person is no longer a secondary admin: reload the page (UM-3).", "UM-3");
    const person = await findPersonById(tx, personId);
    return {
      data: { accountId, personId },
      audit: {
        action: "account.secondary_admin_removed",
        accountId,
        targetType: "person",
        targetId: personId,
        targetLabel: person?.label ?? personId,
        before: { role: "secondary" },
        after: { role: null, namedUser: true },
        sideEffects: [
          { rule: "UM-3", effect: "Stays a named user of the account, with their products" },
          ...roleChangeEffects({ kind: "secondaryAdminRemoved" }).unchanged.map((u) => ({ rule: u.rule, effect: `No change to ${u.role}` })),
        ],
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/admins`, `/accounts/${accountId}/users`],
});
