import type { Db } from "@/db/client";
import { decide, type ActorFacts, type CatalogEntry } from "@/lib/permissions";
import { decisionToFailure } from "@/lib/actions/decision-to-failure";
import { loadAccountFacts } from "@/lib/permissions/facts";
import type { Failure } from "./result";

/** The catalogue actions decided on the account as a whole (views, exports, imports, logs). */
export type AccountActionKey = Extract<CatalogEntry, { resource: "account" }>["key"];

/**
 * For reads and route handlers: may this person do this account-level action? The actor's
 * facts when allowed (a read may scope itself by them); otherwise "not found" for what they
 * may not see, or the refusal with its rule.
 */
export async function accountAccess(db: Db, personId: string, accountId: string, action: AccountActionKey): Promise<{ actor: ActorFacts } | { refused: Failure }> {
  const facts = await loadAccountFacts(db, personId, accountId);
  if (!facts) return { refused: { ok: false, code: "not_found", message: "This page was not found." } };
  const refused = decisionToFailure(decide(facts.actor, action, facts.resource));
  return refused ? { refused } : { actor: facts.actor };
}

/** `accountAccess` as a yes/no: null when allowed, else the failure. */
export async function authorizeAccount(db: Db, personId: string, accountId: string, action: AccountActionKey): Promise<Failure | null> {
  const access = await accountAccess(db, personId, accountId, action);
  return "refused" in access ? access.refused : null;
}
