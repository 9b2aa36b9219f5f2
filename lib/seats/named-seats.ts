import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractProducts, contracts, namedAssignments, namedSeatCounts, namedUsers, products } from "@/db/schema";
import { DomainError } from "@/lib/actions/result";

export type SeatCount = { total: number; assigned: number };

/** UM-9's refusal, in the words every page and use case shows (with the product's name when known). */
export function namedNoSeatReason(product?: string): string {
  return product
    ? `No ${product} seat is left: every seat of the account's active named contracts is assigned (UM-9).`
    : "No seat left: every seat of the account's active named contracts is assigned (UM-9).";
}

/**
 * Locks the seats of one product in one account and counts them (UM-9), in one statement:
 * the product's counter row (named_seat_counts, created at 0 if absent) is locked (an upsert that keeps its value),
 * so two transactions assigning that product serialise here while other products and
 * accounts go on in parallel; the total is the seats of the account's active named contracts.
 * The counter is kept by the database's triggers in the same transaction as every assignment
 * and unassignment, so "assigned" is read, not counted. Call it inside the transaction that
 * assigns, before inserting.
 */
export async function lockNamedSeats(tx: Db, accountId: string, productId: string): Promise<SeatCount> {
  // ON CONFLICT DO UPDATE locks the row (waiting for a concurrent assigner to commit) and
  // returns its latest count: lock and count in one round trip.
  const [row] = await tx
    .insert(namedSeatCounts)
    .values({ accountId, productId, assigned: 0 })
    .onConflictDoUpdate({ target: [namedSeatCounts.accountId, namedSeatCounts.productId], set: { assigned: sql`${namedSeatCounts.assigned}` } })
    .returning({
      assigned: namedSeatCounts.assigned,
      total: sql<number>`coalesce((select sum(cp.seats) from ${contractProducts} cp join ${contracts} c on c.id = cp.contract_id
        where c.account_id = ${accountId} and c.management = 'named' and c.status = 'active' and cp.product_id = ${productId}), 0)::int`,
    });
  return { total: row?.total ?? 0, assigned: row?.assigned ?? 0 };
}

export type AssignOutcome = {
  assigned: string[];
  alreadyAssigned: string[];
  /** Refused for want of seats (UM-9): nothing is half-assigned, the rest simply did not fit. */
  noSeat: string[];
  notNamedUsers: string[];
};

/**
 * Assigns a product to named users of the account, within the seats of its active named
 * contracts (UM-9). People are taken in the given order until the seats run out.
 */
export async function assignNamedProduct(tx: Db, accountId: string, productId: string, personIds: readonly string[]): Promise<AssignOutcome> {
  const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, productId));
  if (!product) throw new DomainError("not_found", "This product was not found.");
  const seats = await lockNamedSeats(tx, accountId, productId);
  const unique = [...new Set(personIds)];
  const outcome: AssignOutcome = { assigned: [], alreadyAssigned: [], noSeat: [], notNamedUsers: [] };
  if (unique.length === 0) return outcome;
  const members = new Set(
    (
      await tx
        .select({ personId: namedUsers.personId })
        .from(namedUsers)
        .where(and(eq(namedUsers.accountId, accountId), inArray(namedUsers.personId, unique)))
    ).map((r) => r.personId),
  );
  const holding = new Set(
    (
      await tx
        .select({ personId: namedAssignments.personId })
        .from(namedAssignments)
        .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, productId), inArray(namedAssignments.personId, unique)))
    ).map((r) => r.personId),
  );
  let free = seats.total - seats.assigned;
  const toInsert: string[] = [];
  for (const personId of unique) {
    if (!members.has(personId)) outcome.notNamedUsers.push(personId);
    else if (holding.has(personId)) outcome.alreadyAssigned.push(personId);
    else if (free <= 0) outcome.noSeat.push(personId);
    else {
      toInsert.push(personId);
      free--;
    }
  }
  if (toInsert.length) {
    await tx.insert(namedAssignments).values(toInsert.map((personId) => ({ accountId, personId, productId })));
    outcome.assigned = toInsert;
  }
  return outcome;
}

/** Removes a product from named users; returns who actually had it. */
export async function unassignNamedProduct(tx: Db, accountId: string, productId: string, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .delete(namedAssignments)
    .where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.productId, productId), inArray(namedAssignments.personId, [...personIds])))
    .returning({ personId: namedAssignments.personId });
  return rows.map((r) => r.personId);
}
