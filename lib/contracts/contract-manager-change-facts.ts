import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { accountAdmins, contracts, people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { lockAccountAdmins } from "@/lib/accounts/admins/lock-account-admins";
import { contractManagerChangeEffects, loadContractManagerChangeFacts, type ContractManagerChangeEffects } from "@/lib/permissions";
import { findPersonByEmail, personLabel, type PersonRef } from "@/lib/people/people";
import type { RuleId } from "@/lib/permissions/rules";

/** One line of the hand-over preview, with the rules that make it so. */
export type PreviewLine = { rules: RuleId[]; text: string };
/** `email`: the new manager's address as previewed; the confirmation sends it back with the fingerprint. */
export type ContractManagerChangePreview = { email: string; changes: PreviewLine[]; unchanged: PreviewLine[]; emails: string[]; fingerprint: string };

/**
 * The facts for handing over the contract manager role to the person with this email (who
 * may not exist yet: then they are a newcomer, admin of nothing). With `lock`, the account's
 * admin rows and the contract row are locked first, so the confirmed change decides on the
 * facts it applies (CL-5, UM-4).
 */
export async function loadHandOverFacts(tx: Tx, actor: Actor, input: { accountId: string; contractId: string; email: string }, lock: boolean) {
  if (lock) await lockAccountAdmins(tx, input.accountId);
  const person = await findPersonByEmail(tx, input.email);
  const facts = await loadContractManagerChangeFacts(tx, actor.personId, input.contractId, person?.id ?? null, { lock });
  if (!facts || facts.resource.contract.accountId !== input.accountId) return null;
  const newManager = facts.resource.newManager ?? { personId: "", isCurrentManager: false, namedUser: false, adminRole: null, adminOfOtherAccount: false };
  return { ...facts, resource: { ...facts.resource, newManager }, person };
}

/** What the hand-over does and leaves alone, in words (CL-4, CL-5, CL-11, UM-8), and a fingerprint of the facts it rests on. */
export async function describeHandOver(tx: Tx, contractId: string, accountHasNamedContract: boolean, email: string, person: PersonRef | null, newManager: { adminRole: "primary" | "secondary" | null; adminOfOtherAccount: boolean; namedUser: boolean }): Promise<{ preview: ContractManagerChangePreview; effects: ContractManagerChangeEffects }> {
  const effects = contractManagerChangeEffects({ accountHasNamedContract, newManager });
  const [c] = await tx.select({ number: contracts.number, accountId: contracts.accountId, cmId: people.id, cmEmail: people.email, cmName: people.name }).from(contracts).innerJoin(people, eq(people.id, contracts.contractManagerId)).where(eq(contracts.id, contractId));
  const [primary] = await tx.select({ email: people.email, name: people.name }).from(accountAdmins).innerJoin(people, eq(people.id, accountAdmins.personId)).where(and(eq(accountAdmins.accountId, c!.accountId), eq(accountAdmins.role, "primary")));
  const who = person ? person.label : `${email} (new to the portal)`;
  const former = personLabel({ name: c!.cmName, email: c!.cmEmail });
  const changes: PreviewLine[] = [{ rules: ["CL-4"], text: `${who} becomes the contract manager of ${c!.number}` }];
  if (effects.secondaryAdmin === "added") {
    if (effects.addsNamedUser) changes.push({ rules: ["CL-5"], text: `${who} is added as a named user of the account` });
    changes.push({ rules: ["CL-5"], text: `${who} becomes a secondary admin of the account` });
  }
  const skipped: PreviewLine[] = effects.secondaryAdmin === "added" ? [] : [{ rules: [effects.rule], text: effects.secondaryAdmin === "already_admin" ? effects.reason : `No secondary-admin step: ${effects.reason}` }];
  const unchanged: PreviewLine[] = [
    ...skipped,
    { rules: ["CL-11", "UM-8"], text: primary ? `The primary admin stays ${personLabel(primary)}` : "The primary admin does not change" },
    { rules: ["CL-5", "HY-3"], text: `${former} keeps their other roles (other contracts, admin roles, classic and named user places)` },
  ];
  const fingerprint = [c!.cmId, person?.id ?? email, effects.secondaryAdmin, effects.addsNamedUser].join("|");
  return { preview: { email: person?.email ?? email, changes, unchanged, emails: [`${person?.email ?? email}: confirmation that they are the contract manager (CL-4)`], fingerprint }, effects };
}
