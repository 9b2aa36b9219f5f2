import type { Db } from "@/db/client";
import { namedUsers } from "@/db/schema";
import type { PersonRef } from "@/lib/people/people";

/**
 * Makes the person a named user of the account when they are not one (admins must be named
 * users: account_admins references named_users). Classic users are not touched (HY-2).
 * Returns whether a named user was added.
 */
export async function ensureNamedUser(tx: Db, accountId: string, person: PersonRef, addedBy: string): Promise<boolean> {
  const added = await tx
    .insert(namedUsers)
    .values({ accountId, personId: person.id, status: person.verified ? "active" : "invited", addedBy })
    .onConflictDoNothing()
    .returning({ personId: namedUsers.personId });
  return added.length > 0;
}
