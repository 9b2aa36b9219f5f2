import { z } from "zod";
import type { Tx } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { loadContractFacts } from "@/lib/permissions/facts";
import { text } from "@/lib/input/schemas";

/** Every contract use case names the account of the URL and the contract. */
export const contractRef = z.object({ accountId: z.uuid(), contractId: z.uuid() });

/** A person id as the people table keys them (Auth.js ids: text). */
export const personIdInput = text({ min: 1, max: 100 });

/** At most this many people in one change (a pasted list, the selected rows). */
export const MAX_BATCH = 500;

export const personIdsInput = z
  .array(personIdInput)
  .min(1, "Select at least one user.")
  .max(MAX_BATCH, `Select at most ${MAX_BATCH} users at once.`)
  .transform((ids) => [...new Set(ids)]);

/**
 * The contract's facts for a use case, the contract row locked (CL-1, CL-6 and seat changes
 * on it run one after another). A contract of another account than the URL's is "not found",
 * exactly like one that does not exist (UM-7, CL-8).
 */
export async function lockedContractFacts(tx: Tx, actor: Actor, ref: { accountId: string; contractId: string }) {
  const facts = await loadContractFacts(tx, actor.personId, ref.contractId, { lock: true });
  if (!facts || facts.resource.contract.accountId !== ref.accountId) return null;
  return facts;
}
