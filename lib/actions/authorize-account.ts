import type { Db } from "@/db/client";
import { decide, decisionToFailure, loadAccountFacts, type CatalogEntry } from "@/lib/permissions";
import type { Failure } from "./result";

/** The catalogue actions decided on the account as a whole (views, exports, imports, logs). */
export type AccountActionKey = Extract<CatalogEntry, { resource: "account" }>["key"];

/**
 * For reads and route handlers: may this person do this account-level action? Null when
 * allowed; otherwise "not found" for what they may not see, or the refusal with its rule.
 */
export async function authorizeAccount(db: Db, personId: string, accountId: string, action: AccountActionKey): Promise<Failure | null> {
  const facts = await loadAccountFacts(db, personId, accountId);
  if (!facts) return { ok: false, code: "not_found", message: "This page was not found." };
  return decisionToFailure(decide(facts.actor, action, facts.resource));
}
