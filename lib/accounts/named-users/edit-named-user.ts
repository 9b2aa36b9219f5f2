import { eq } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { people } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { displayName, personLabel } from "@/lib/people/people";
import { personName } from "./person-input";

export const editNamedUserInput = z.object({ accountId: z.uuid(), personId: text({ min: 1, max: 100 }), firstName: personName, lastName: personName });

/**
 * Changes a named user's first and last name (UM-5). The email is their identity and stays.
 * UM-5 Decision: only while the person has never signed in and belongs to no other account
 * (the policy refuses otherwise: the name is then the person's own).
 */
export const editNamedUser = defineAction({
  input: editNamedUserInput,
  action: "namedUsers.edit",
  facts: async (tx, input, actor) => {
    // The person's row is locked before the facts are read, so a sign-in happening now waits
    // for this change instead of slipping in between the check and the write.
    await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId)).for("update");
    return loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId);
  },
  run: async (tx, { accountId, personId, firstName, lastName }) => {
    const [before] = await tx
      .select({ firstName: people.firstName, lastName: people.lastName, email: people.email })
      .from(people)
      .where(eq(people.id, personId))
      .for("update");
    if (!before) throw new DomainError("not_found", "This user was not found.");
    await tx.update(people).set({ firstName, lastName, name: displayName(firstName, lastName) }).where(eq(people.id, personId));
    return {
      data: { personId },
      audit: {
        action: "named_user.edited",
        accountId,
        targetType: "named_user",
        targetId: personId,
        targetLabel: personLabel({ firstName, lastName, email: before.email }),
        before: { firstName: before.firstName, lastName: before.lastName },
        after: { firstName, lastName },
      },
    };
  },
  revalidate: ({ accountId, personId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/users/${personId}`],
});
