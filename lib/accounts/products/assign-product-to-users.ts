import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { findProductSeats } from "@/lib/seats/product-seats";
import { assignNamedProduct, namedNoSeatReason } from "@/lib/seats/named-seats";

export const MAX_BATCH = 100;

export const assignProductToUsersInput = z.object({
  accountId: z.uuid(),
  productId: z.uuid(),
  personIds: z
    .array(text({ min: 1, max: 100 }))
    .min(1, "Choose at least one user.")
    .max(MAX_BATCH, `Assign at most ${MAX_BATCH} users at a time.`),
});

export type BatchPerson = { personId: string; label: string };
export type BatchRefusal = BatchPerson & { reason: string; rule?: "UM-9" | "UM-5" };
/** Who got a seat and who did not, and why (UM-9). */
export type BatchAssignSummary = { product: string; assigned: BatchPerson[]; refused: BatchRefusal[] };

/**
 * By Product's "Assign users": gives one product to several named users in one
 * transaction, within the seats of the account's active named contracts (UM-5, UM-9).
 * People are served in the order given until the seats run out; the rest are reported,
 * not half-assigned. Each assignment writes its audit event in the same transaction (AU-1).
 */
export const assignProductToUsers = defineAction({
  input: assignProductToUsersInput,
  action: "namedUsers.bulkChange",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, productId, personIds }) => {
    const seats = await findProductSeats(tx, accountId, productId);
    if (!seats) throw new DomainError("not_found", "This product was not found.");
    const product = seats.name;
    const outcome = await assignNamedProduct(tx, accountId, productId, personIds);
    // Only people of this account get a label: an id from elsewhere must reveal nothing (UM-7).
    const labels = await personLabels(tx, [...outcome.assigned, ...outcome.alreadyAssigned, ...outcome.noSeat]);
    const person = (personId: string): BatchPerson => ({ personId, label: labels.get(personId) ?? personId });
    const summary: BatchAssignSummary = {
      product,
      assigned: outcome.assigned.map(person),
      refused: [
        ...outcome.noSeat.map((id) => ({
          ...person(id),
          rule: "UM-9" as const,
          reason: namedNoSeatReason(product),
        })),
        ...outcome.alreadyAssigned.map((id) => ({ ...person(id), reason: `Already has ${product}.` })),
        ...outcome.notNamedUsers.map((id) => ({ personId: id, label: "Unknown user", rule: "UM-5" as const, reason: "Not a named user of this account (UM-5)." })),
      ],
    };
    return {
      data: summary,
      audit: summary.assigned.map((p) => ({
        action: "named_user.product_assigned",
        accountId,
        targetType: "named_user",
        targetId: p.personId,
        targetLabel: p.label,
        after: { product },
      })),
    };
  },
  revalidate: ({ accountId, productId }) => [`/accounts/${accountId}/products/${productId}`, `/accounts/${accountId}/products`, `/accounts/${accountId}/users`],
});
