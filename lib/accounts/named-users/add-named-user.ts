import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { namedUsers, products } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { LIMITS } from "@/lib/security/limits";
import { findOrCreatePerson } from "@/lib/people/people";
import { assignNamedProduct, namedNoSeatReason } from "@/lib/seats/named-seats";
import { accountName, invitationEmail } from "./invitation-email";
import { personEmail, personName } from "./person-input";

export const addNamedUserInput = z.object({
  accountId: z.uuid(),
  email: personEmail,
  firstName: personName,
  lastName: personName,
  productIds: z
    .array(z.uuid())
    .max(50)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

/**
 * Adds a named user to the account's User Management only (UM-5, HY-2): the person (created
 * if absent), the named user "invited", the chosen products within seats (UM-9: one product
 * without a seat refuses the whole add) and the invitation email in the outbox (EM-1).
 */
export const addNamedUser = defineAction({
  input: addNamedUserInput,
  action: "namedUsers.add",
  // Each add emails an invitation.
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, input, { actor }) => {
    const { accountId, email, firstName, lastName, productIds } = input;
    // An existing person is found, never changed (UM-5 Decision): the email and the log use
    // their stored name, not the one typed here.
    const { person: found, created } = await findOrCreatePerson(tx, { email, firstName, lastName });
    const person = { id: found.id, created };
    const name = { firstName: found.firstName, lastName: found.lastName };
    const [already] = await tx
      .select({ personId: namedUsers.personId })
      .from(namedUsers)
      .where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, person.id)));
    if (already) throw new DomainError("conflict", `${email} is already a user of this account.`);
    await tx.insert(namedUsers).values({ accountId, personId: person.id, status: "invited", addedBy: actor.personId });

    const names = new Map(
      productIds.length ? (await tx.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, productIds))).map((p) => [p.id, p.name]) : [],
    );
    for (const productId of productIds) {
      const product = names.get(productId);
      if (!product) throw new DomainError("not_found", "One of the chosen products was not found.");
      const outcome = await assignNamedProduct(tx, accountId, productId, [person.id]);
      if (outcome.noSeat.length) {
        // conflict: capacity, counted under the seat lock at the moment of writing (UM-9); the policy decides who may assign.
        throw new DomainError("conflict", `${namedNoSeatReason(product)} Nothing was added.`, "UM-9");
      }
    }
    const productNames = productIds.map((id) => names.get(id)!);
    await enqueueEmail(tx, invitationEmail({ to: email, firstName: name.firstName, accountName: await accountName(tx, accountId), inviterName: actor.name, productNames }));
    return {
      data: { personId: person.id, personCreated: person.created },
      audit: {
        action: "named_user.added",
        accountId,
        targetType: "named_user",
        targetId: person.id,
        targetLabel: found.label,
        after: { email, firstName: name.firstName, lastName: name.lastName, status: "invited", products: productNames, personCreated: person.created },
        sideEffects: [{ rule: "EM-1", effect: `Invitation email to ${email} queued in the outbox` }],
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`],
});
