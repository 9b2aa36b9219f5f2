import type { ProductCandidate } from "@/lib/accounts/products/search-product-candidates";

export const CANDIDATE_LIMIT = 20;

/** Calls the candidates route; a refusal or "not found" becomes an error with its message. */
export async function fetchCandidates(accountId: string, productId: string, q: string, signal?: AbortSignal): Promise<ProductCandidate[]> {
  const url = `/api/accounts/${accountId}/products/${productId}/candidates?${new URLSearchParams({ q, limit: String(CANDIDATE_LIMIT) })}`;
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === "object" && "message" in body && typeof body.message === "string" ? body.message : "The users could not be loaded.";
    throw new Error(message);
  }
  return (body as { candidates: ProductCandidate[] }).candidates;
}
