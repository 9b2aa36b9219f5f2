import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { accountFactsOf, loadPersonFacts, navigationOf, type Loaded, type PersonFacts, type PersonNavigation } from "@/lib/permissions/facts";
import { type AccountResource } from "@/lib/permissions";

/**
 * The signed-in person's facts for THIS request: loaded once (one statement) and shared by
 * the layout, the page and the shell's components (React `cache()` lasts one server render).
 * For reading pages only: it takes no `db`, so it can never be handed a transaction, and use
 * cases load their own facts with `tx` (and locks) inside their transaction instead.
 */
export const requestPersonFacts = cache(async (): Promise<PersonFacts> => {
  const actor = await requireActor();
  return loadPersonFacts(await getDb(), actor.personId);
});

/** The actor's facts for one account, as `loadAccountFacts` gives them; null = no role there (not found). */
export async function requestAccountFacts(accountId: string): Promise<Loaded<AccountResource> | null> {
  return accountFactsOf(await requestPersonFacts(), accountId);
}

/** What the shell's navigation lists (accounts with an administering role, active hubs). */
export async function requestNavigation(): Promise<PersonNavigation> {
  return navigationOf(await requestPersonFacts());
}

/** The account's named-user count from the request's facts (the counter, no count over rows); 0 when the person has no role there. */
export async function requestNamedUserCount(accountId: string): Promise<number> {
  return (await requestPersonFacts()).accounts.find((a) => a.accountId === accountId)?.namedUsers ?? 0;
}
