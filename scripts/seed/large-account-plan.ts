import type { DemoProductCode } from "@/lib/demo/catalog";

/**
 * What the large account holds, as data: the share of named users holding each product
 * and the seats bought for it. Seats are a little above the holders, except Fusion, whose
 * seats are all taken (a full product is realistic and exercises the seat limit, UM-9).
 */
export const productShares: ReadonlyArray<{ code: DemoProductCode; share: number; spare: number }> = [
  { code: "ACD", share: 0.55, spare: 0.05 },
  { code: "RVT", share: 0.3, spare: 0.05 },
  { code: "F360", share: 0.25, spare: 0 },
  { code: "INV", share: 0.15, spare: 0.1 },
  { code: "CIVIL3D", share: 0.1, spare: 0.05 },
  { code: "NAVIS", share: 0.08, spare: 0.05 },
  { code: "3DSMAX", share: 0.05, spare: 0.1 },
  { code: "MAYA", share: 0.04, spare: 0.1 },
];

/** recordPurchaseSchema caps one contract line at this many seats. */
export const MAX_SEATS_PER_LINE = 100_000;

export type PlannedProduct = { code: DemoProductCode; holders: number; seats: number };

export function planProducts(users: number): PlannedProduct[] {
  return productShares.map(({ code, share, spare }) => {
    const holders = Math.max(1, Math.floor(users * share));
    return { code, holders, seats: holders + Math.ceil(holders * spare) };
  });
}

/**
 * Splits every product's seats over the contracts: an initial purchase and at least one
 * expansion, each line within MAX_SEATS_PER_LINE. Contract k gets the k-th part of each
 * product that has one.
 */
export function planContracts(planned: readonly PlannedProduct[]): Array<Array<{ productCode: DemoProductCode; seats: number }>> {
  const parts = planned.map((p) => {
    const n = Math.max(p.seats >= 2 ? 2 : 1, Math.ceil(p.seats / MAX_SEATS_PER_LINE));
    const base = Math.floor(p.seats / n);
    return Array.from({ length: n }, (_, i) => ({ productCode: p.code, seats: base + (i < p.seats % n ? 1 : 0) }));
  });
  const count = Math.max(...parts.map((p) => p.length));
  return Array.from({ length: count }, (_, k) => parts.flatMap((p) => (p[k] ? [p[k]] : [])));
}
