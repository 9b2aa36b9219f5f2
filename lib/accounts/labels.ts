import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, products } from "@/db/schema";

/** "Name <email>" for audit targets and messages. */
export async function personLabels(tx: Db, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx.select({ id: people.id, name: people.name, email: people.email }).from(people).where(inArray(people.id, [...personIds]));
  return new Map(rows.map((r) => [r.id, r.name ? `${r.name} <${r.email}>` : r.email]));
}

export async function productLabel(tx: Db, productId: string): Promise<string | null> {
  const [row] = await tx.select({ name: products.name }).from(products).where(and(eq(products.id, productId)));
  return row?.name ?? null;
}
