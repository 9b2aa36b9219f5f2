/** TanStack Query keys of a product's By Product page; invalidate the root after a change. */
export const productQueryKeys = {
  root: (accountId: string, productId: string) => ["product", accountId, productId] as const,
  candidates: (accountId: string, productId: string, q: string) => ["product", accountId, productId, "candidates", q] as const,
};
