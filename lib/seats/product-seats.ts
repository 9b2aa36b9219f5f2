import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractProducts, contracts, namedSeatCounts, products } from "@/db/schema";

export type ProductSeats = { productId: string; code: string; name: string; total: number; assigned: number; available: number };

/**
 * By Product: each product of the account's User Management with its seats, summed over
 * the account's active named contracts (UM-9), and how many named users hold it. A
 * product of an expired named contract only is listed with 0 seats, so that its holders
 * stay visible and can be unassigned.
 */
export async function listProductSeats(db: Db, accountId: string): Promise<ProductSeats[]> {
  return selectProductSeats(db, accountId);
}

/**
 * One product's seats in the account, or null when no named contract of the account has
 * the product: its By Product page is then "not found" (HY-1, UM-7).
 */
export async function findProductSeats(db: Db, accountId: string, productId: string): Promise<ProductSeats | null> {
  const [row] = await selectProductSeats(db, accountId, eq(products.id, productId));
  return row ?? null;
}

async function selectProductSeats(db: Db, accountId: string, extra?: SQL): Promise<ProductSeats[]> {
  // "assigned" is read from the counter the triggers keep (named_seat_counts), not counted.
  const rows = await db
    .select({
      productId: products.id,
      code: products.code,
      name: products.name,
      total: sql<number>`coalesce(sum(${contractProducts.seats}) filter (where ${contracts.status} = 'active'), 0)::int`,
      assigned: sql<number>`coalesce(max(${namedSeatCounts.assigned}), 0)::int`,
    })
    .from(contractProducts)
    .innerJoin(contracts, eq(contracts.id, contractProducts.contractId))
    .innerJoin(products, eq(products.id, contractProducts.productId))
    .leftJoin(namedSeatCounts, and(eq(namedSeatCounts.accountId, contracts.accountId), eq(namedSeatCounts.productId, products.id)))
    .where(and(eq(contracts.accountId, accountId), eq(contracts.management, "named"), extra))
    .groupBy(products.id, products.code, products.name)
    .orderBy(asc(products.name));
  return rows.map((r) => ({ ...r, available: Math.max(0, r.total - r.assigned) }));
}

/** A product's name, for messages and audit events; null when there is no such product. */
export async function productLabel(tx: Db, productId: string): Promise<string | null> {
  const [row] = await tx.select({ name: products.name }).from(products).where(eq(products.id, productId));
  return row?.name ?? null;
}
