import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { classicAssignments, classicUsers, contractProducts } from "@/db/schema";
import type { SeatCount } from "./named-seats";

/** CL-12's refusal, in the words every page and use case shows. */
export function classicNoSeatReason(product?: string): string {
  return product
    ? `No ${product} seat is left on this contract: every one of its seats is assigned to a classic user (CL-12).`
    : "No seat left on this contract: every one of its seats is assigned to a classic user (CL-12).";
}

/**
 * Locks one contract product's seats and counts them (CL-12): the contract_products row is
 * locked FOR UPDATE, so two transactions assigning it serialise here; `assigned` is kept by
 * the database's triggers in the transaction of every classic assignment (and the check
 * constraint contract_products_assigned refuses a count past the seats). Null when the
 * contract does not have the product. Call it inside the assigning transaction.
 */
export async function lockClassicSeats(tx: Db, contractId: string, productId: string): Promise<SeatCount | null> {
  const [row] = await tx
    .select({ total: contractProducts.seats, assigned: contractProducts.assigned })
    .from(contractProducts)
    .where(and(eq(contractProducts.contractId, contractId), eq(contractProducts.productId, productId)))
    .for("update");
  return row ?? null;
}

export type ClassicAssignOutcome = { assigned: string[]; alreadyAssigned: string[]; noSeat: string[]; notClassicUsers: string[] };

/**
 * Gives a contract product to classic users of that contract, within its seats (CL-12).
 * People are taken in the given order until the seats run out; the rest are reported.
 * Throws nothing for a product the contract lacks: everyone is then `noSeat`.
 */
export async function assignClassicProduct(tx: Db, contractId: string, productId: string, personIds: readonly string[]): Promise<ClassicAssignOutcome> {
  const unique = [...new Set(personIds)];
  const outcome: ClassicAssignOutcome = { assigned: [], alreadyAssigned: [], noSeat: [], notClassicUsers: [] };
  const seats = await lockClassicSeats(tx, contractId, productId);
  if (unique.length === 0) return outcome;
  const users = new Set(
    (await tx.select({ personId: classicUsers.personId }).from(classicUsers).where(and(eq(classicUsers.contractId, contractId), inArray(classicUsers.personId, unique)))).map((r) => r.personId),
  );
  const holding = new Set(
    (
      await tx
        .select({ personId: classicAssignments.personId })
        .from(classicAssignments)
        .where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId), inArray(classicAssignments.personId, unique)))
    ).map((r) => r.personId),
  );
  let free = seats ? seats.total - seats.assigned : 0;
  const toInsert: string[] = [];
  for (const personId of unique) {
    if (!users.has(personId)) outcome.notClassicUsers.push(personId);
    else if (holding.has(personId)) outcome.alreadyAssigned.push(personId);
    else if (free <= 0) outcome.noSeat.push(personId);
    else {
      toInsert.push(personId);
      free--;
    }
  }
  if (toInsert.length) {
    await tx.insert(classicAssignments).values(toInsert.map((personId) => ({ contractId, personId, productId })));
    outcome.assigned = toInsert;
  }
  return outcome;
}

/** Takes a contract product away from classic users; returns who actually had it. */
export async function unassignClassicProduct(tx: Db, contractId: string, productId: string, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .delete(classicAssignments)
    .where(and(eq(classicAssignments.contractId, contractId), eq(classicAssignments.productId, productId), inArray(classicAssignments.personId, [...personIds])))
    .returning({ personId: classicAssignments.personId });
  return rows.map((r) => r.personId);
}
