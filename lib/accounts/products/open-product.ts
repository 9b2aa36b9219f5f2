import type { Db } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { decide, type AccountResource } from "@/lib/permissions";
import { decisionToFailure } from "@/lib/actions/decision-to-failure";
import { loadAccountFacts, type Loaded } from "@/lib/permissions/facts";
import { capabilities, type Capability } from "@/lib/pages/capabilities";
import { findProductSeats, type ProductSeats } from "@/lib/seats/product-seats";

export type OpenedProduct = {
  seats: ProductSeats;
  /** May the actor assign and unassign this product's users (UM-5)? With the rule's reason. */
  manage: Capability;
};

/**
 * A product's By Product page for a person: the account must have User Management and the
 * person must be allowed to see it (HY-1, UM-7), and the account must have a named
 * contract for the product; anything else is "not found".
 */
export async function openProduct(db: Db, personId: string, accountId: string, productId: string): Promise<ActionResult<OpenedProduct>> {
  return openProductWith(db, await loadAccountFacts(db, personId, accountId), productId);
}

/** The same, on facts the caller has already (a page's request facts): no second load of them. */
export async function openProductWith(db: Db, facts: Loaded<AccountResource> | null, productId: string): Promise<ActionResult<OpenedProduct>> {
  if (!facts) return { ok: false, code: "not_found", message: "This page was not found." };
  const accountId = facts.resource.account.accountId;
  const view = decide(facts.actor, "account.viewByProduct", facts.resource);
  const refused = decisionToFailure(view);
  if (refused) return refused;
  const seats = await findProductSeats(db, accountId, productId);
  if (!seats) return { ok: false, code: "not_found", message: "This product was not found." };
  return { ok: true, data: { seats, manage: capabilities(facts, ["namedUsers.bulkChange"])["namedUsers.bulkChange"] } };
}
