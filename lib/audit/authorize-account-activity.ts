import type { Db } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { decide, decisionToFailure, loadAccountFacts } from "@/lib/permissions";
import type { AuditScope } from "./list-audit-events";

/**
 * May this person read the account's activity log (AU-2: the account's admins)? Returns the
 * scope to read with, "not found" for another account (UM-7), or the refusal with its rule.
 */
export async function authorizeAccountActivity(db: Db, personId: string, accountId: string): Promise<ActionResult<AuditScope>> {
  const facts = await loadAccountFacts(db, personId, accountId);
  if (!facts) return { ok: false, code: "not_found", message: "This page was not found." };
  const refused = decisionToFailure(decide(facts.actor, "activity.viewAccount", facts.resource));
  return refused ?? { ok: true, data: { accountId } };
}
