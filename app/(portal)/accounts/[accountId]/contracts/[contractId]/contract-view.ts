import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { viewContract, type ContractView } from "@/lib/contracts/view-contract";
import { requireUuid } from "@/lib/pages/ids";

/**
 * The contract as the actor may see it, read once per request: the tab pages of one request
 * share it (React's cache), so a tab costs what the single page cost. What the actor may not
 * see is "not found" (UM-7, CL-8), exactly as before the tabs.
 */
export const contractView = cache(async (rawAccount: string, rawContract: string, q?: string, after?: string): Promise<ContractView & { accountId: string; contractId: string }> => {
  const accountId = requireUuid(rawAccount);
  const contractId = requireUuid(rawContract);
  const actor = await requireActor();
  const view = await viewContract(await getDb(), actor.personId, accountId, contractId, { q, after });
  if (!view) notFound();
  return { ...view, accountId, contractId };
});
