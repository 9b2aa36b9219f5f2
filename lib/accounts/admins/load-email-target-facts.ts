import type { Db } from "@/db/client";
import { loadAccountFacts, loadAccountPersonFacts, type Loaded } from "@/lib/permissions/facts";
import { type AccountPersonResource } from "@/lib/permissions";
import { findPersonByEmail } from "@/lib/people/people";

/** The target facts of someone the portal has never seen: no role anywhere yet. */
const NEW_PERSON = { personId: "", namedUser: false, adminRole: null, ssoAdmin: false, adminOfOtherAccount: false, hasSignedIn: false, inOtherAccount: false } as const;

/**
 * Facts for an admin action that names its target by email (add a secondary admin, grant
 * the SSO admin role): the person's standing when they exist (UM-4 needs it), else a new
 * person with no role. The run step finds or creates the person afterwards.
 */
export async function loadEmailTargetFacts(db: Db, actorId: string, accountId: string, email: string): Promise<Loaded<AccountPersonResource> | null> {
  const person = await findPersonByEmail(db, email);
  if (person) return loadAccountPersonFacts(db, actorId, accountId, person.id);
  const base = await loadAccountFacts(db, actorId, accountId);
  if (!base) return null;
  return { actor: base.actor, resource: { kind: "accountPerson", account: base.resource.account, target: { ...NEW_PERSON } } };
}
