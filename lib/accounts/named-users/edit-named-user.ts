import { eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions";
import { displayName, personLabel } from "@/lib/people/people";
import { personName } from "./person-input";

export const editNamedUserInput = z.object({ accountId: z.uuid(), personId: z.string().min(1).max(100), firstName: personName, lastName: personName });

/** Changes a named user's first and last name (UM-5). The email is their identity and stays. */
export const editNamedUser = defineAction({
  input: editNamedUserInput,
  action: "namedUsers.edit",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
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
