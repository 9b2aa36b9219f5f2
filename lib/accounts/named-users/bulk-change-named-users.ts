import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { defineAction, type ActionAudit } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { decide, type ActorFacts, type AccountInfo } from "@/lib/permissions";
import { loadAccountFacts, loadTargetPeopleFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { productLabel } from "@/lib/seats/product-seats";
import { assignNamedProduct, namedNoSeatReason, unassignNamedProduct } from "@/lib/seats/named-seats";
import { removalAudit, removeNamedUserRows } from "./remove-rows";

export const BULK_MAX = 200;

export const bulkChangeInput = z.object({
  accountId: z.uuid(),
  personIds: z
    .array(text({ min: 1, max: 100 }))
    .min(1, "Select at least one user.")
    .max(BULK_MAX, `Select at most ${BULK_MAX} users at once.`)
    .transform((ids) => [...new Set(ids)]),
  change: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("assign"), productId: z.uuid() }),
    z.object({ kind: z.literal("unassign"), productId: z.uuid() }),
    z.object({ kind: z.literal("remove") }),
  ]),
});

export type BulkEntry = { personId: string; label: string; reason?: string; rule?: string };
export type BulkSummary = { kind: "assign" | "unassign" | "remove"; product: string | null; changed: BulkEntry[]; skipped: BulkEntry[]; refused: BulkEntry[] };

const ROW_ACTION = { assign: "namedUsers.assignProduct", unassign: "namedUsers.unassignProduct", remove: "namedUsers.remove" } as const;

/** Each row is decided on its own, with that person's facts (UM-10 for the primary admin, UM-5 for non-users). */
async function decideRows(tx: Parameters<typeof loadTargetPeopleFacts>[0], actor: ActorFacts, account: AccountInfo, kind: BulkSummary["kind"], ids: string[]) {
  const allowed: string[] = [];
  const refused: { personId: string; rule: string; reason: string; visible: boolean }[] = [];
  // Everyone's facts in one statement, then each row decided on its own.
  const targets = await loadTargetPeopleFacts(tx, account.accountId, ids);
  for (const personId of ids) {
    const target = targets.get(personId)!;
    const d = decide(actor, ROW_ACTION[kind], { kind: "accountPerson", account, target });
    if (d.allowed) allowed.push(personId);
    else refused.push({ personId, rule: d.rule, reason: d.reason, visible: d.visible });
  }
  return { allowed, refused };
}

/**
 * Assigns or unassigns a product, or removes, for many named users in one transaction
 * (UM-5). Each row is decided and applied on its own terms: the primary admin is refused
 * removal (UM-10), assignments past the seats are refused (UM-9), and the summary says
 * per person what changed, what was skipped and what was refused, with the rule.
 */
export const bulkChangeNamedUsers = defineAction({
  input: bulkChangeInput,
  action: "namedUsers.bulkChange",
  facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
  run: async (tx, { accountId, personIds, change }, { facts }) => {
    const product = change.kind === "remove" ? null : await productLabel(tx, change.productId);
    if (change.kind !== "remove" && !product) throw new DomainError("not_found", "This product was not found.");
    const { allowed, refused } = await decideRows(tx, facts.actor, facts.resource.account, change.kind, personIds);
    // Only this account's people are named: an id the actor may not see stays "Unknown user" (UM-7).
    const labels = await personLabels(tx, [...allowed, ...refused.filter((r) => r.visible).map((r) => r.personId)]);
    const entry = (personId: string, extra: Omit<BulkEntry, "personId" | "label"> = {}): BulkEntry => ({ personId, label: labels.get(personId) ?? "Unknown user", ...extra });
    const summary: BulkSummary = {
      kind: change.kind,
      product,
      changed: [],
      skipped: [],
      refused: refused.map(({ personId, rule, reason }) => entry(personId, { rule, reason })),
    };
    const audit: ActionAudit[] = [];
    const event = (action: string, personId: string, side: "before" | "after"): ActionAudit => ({
      action,
      accountId,
      targetType: "named_user",
      targetId: personId,
      targetLabel: labels.get(personId) ?? "",
      [side]: { product },
    });

    if (change.kind === "assign") {
      const outcome = await assignNamedProduct(tx, accountId, change.productId, allowed);
      summary.changed = outcome.assigned.map((id) => entry(id));
      summary.skipped = outcome.alreadyAssigned.map((id) => entry(id, { reason: `Already has ${product}.` }));
      const noSeat = namedNoSeatReason(product ?? undefined);
      summary.refused.push(...outcome.noSeat.map((id) => entry(id, { rule: "UM-9", reason: noSeat })));
      summary.refused.push(...outcome.notNamedUsers.map((id) => entry(id, { rule: "UM-5", reason: "Not a named user of this account (UM-5)." })));
      audit.push(...outcome.assigned.map((id) => event("named_user.product_assigned", id, "after")));
    } else if (change.kind === "unassign") {
      const removed = new Set(await unassignNamedProduct(tx, accountId, change.productId, allowed));
      summary.changed = allowed.filter((id) => removed.has(id)).map((id) => entry(id));
      summary.skipped = allowed.filter((id) => !removed.has(id)).map((id) => entry(id, { reason: `Did not have ${product}.` }));
      audit.push(...[...removed].map((id) => event("named_user.product_unassigned", id, "before")));
    } else {
      const removed = await removeNamedUserRows(tx, accountId, allowed);
      const gone = new Set(removed.map((r) => r.personId));
      summary.changed = removed.map((r) => entry(r.personId));
      summary.refused.push(
        ...allowed.filter((id) => !gone.has(id)).map((id) => entry(id, { rule: "UM-10", reason: "The primary admin cannot be removed: make someone else primary admin first (UM-10)." })),
      );
      audit.push(...removed.map((r) => removalAudit(accountId, r)));
    }
    return { data: summary, audit };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`, `/accounts/${accountId}/admins`],
});
