import type { Db } from "@/db/client";
import type { Failure } from "@/lib/actions/result";
import { decide, decisionToFailure, loadAccountFacts } from "@/lib/permissions";

type AccountActionKey = "namedUsers.import" | "namedUsers.export" | "namedUsers.view";

/**
 * For route handlers: may this person do this account-level action? What they may not see
 * is "not found"; a visible refusal names its rule. HTTP status to answer with included.
 */
export async function authorizeAccountAction(db: Db, personId: string, accountId: string, action: AccountActionKey): Promise<{ ok: true } | { ok: false; status: 403 | 404; failure: Failure }> {
  const facts = await loadAccountFacts(db, personId, accountId);
  if (!facts) return { ok: false, status: 404, failure: { ok: false, code: "not_found", message: "This page was not found." } };
  const failure = decisionToFailure(decide(facts.actor, action, facts.resource));
  if (!failure) return { ok: true };
  return { ok: false, status: failure.code === "denied" ? 403 : 404, failure };
}
