import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { namedUsers, people, products } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { loadAccountFacts } from "@/lib/permissions";
import { LIMITS } from "@/lib/security/limits";
import { assignNamedProduct } from "../seats";
import { accountName, invitationEmail } from "./invitation-email";
import { displayName, personEmail, personName } from "./person-input";

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

/** The person with this (lowercase) email, created if absent. Their stored name is theirs: it is not overwritten. */
export async function findOrCreatePerson(tx: Db, p: { email: string; firstName: string; lastName: string }): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insert(people)
    .values({ email: p.email, firstName: p.firstName, lastName: p.lastName, name: displayName(p.firstName, p.lastName) })
    .onConflictDoNothing({ target: people.email })
    .returning({ id: people.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [existing] = await tx.select({ id: people.id }).from(people).where(eq(people.email, p.email));
  if (!existing) throw new DomainError("conflict", "Someone changed this at the same moment. Try again.");
  return { id: existing.id, created: false };
}

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
    const person = await findOrCreatePerson(tx, { email, firstName, lastName });
    // Someone the portal knows keeps their name (UM-5 Decision): the email and the log use it, not the one typed here.
    const [stored] = person.created ? [{ firstName, lastName }] : await tx.select({ firstName: people.firstName, lastName: people.lastName }).from(people).where(eq(people.id, person.id));
    const name = stored ?? { firstName, lastName };
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
        throw new DomainError("conflict", `No ${product} seat is left: every seat of the account's active named contracts is assigned (UM-9). Nothing was added.`, "UM-9");
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
        targetLabel: `${displayName(name.firstName, name.lastName) || email} <${email}>`,
        after: { email, firstName: name.firstName, lastName: name.lastName, status: "invited", products: productNames, personCreated: person.created },
        sideEffects: [{ rule: "EM-1", effect: `Invitation email to ${email} queued in the outbox` }],
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`],
});
