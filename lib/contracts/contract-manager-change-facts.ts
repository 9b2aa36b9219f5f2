import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { accountAdmins, auditEvents, contracts, people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { conflict } from "@/lib/actions/result";
import { lockAccountAdmins } from "@/lib/accounts/admins/lock-account-admins";
import { contractManagerChangeEffects, type ContractManagerChangeEffects, type SecondaryAdminStep } from "@/lib/permissions";
import { loadContractManagerChangeFacts } from "@/lib/permissions/facts";
import { displayName, findPersonByEmail, personLabel, type PersonRef } from "@/lib/people/people";
import type { RuleId } from "@/lib/permissions/rules";
import { text } from "@/lib/input/schemas";

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
export async function loadHandOverFacts(tx: Tx, actor: Actor, input: { accountId: string; contractId: string; email: string; expected?: string }, lock: boolean) {
  if (lock) await lockAccountAdmins(tx, input.accountId);
  const person = await findPersonByEmail(tx, input.email);
  const facts = await loadContractManagerChangeFacts(tx, actor.personId, input.contractId, person?.id ?? null, { lock });
  if (!facts || facts.resource.contract.accountId !== input.accountId) return null;
  if (input.expected) await refuseIfHandedOverMeanwhile(tx, actor, input.contractId, input.expected);
  const newManager = facts.resource.newManager ?? { personId: "", isCurrentManager: false, namedUser: false, adminRole: null, adminOfOtherAccount: false };
  return { ...facts, resource: { ...facts.resource, newManager }, person };
}

/** What the hand-over does and leaves alone, in words (CL-4, CL-5, CL-11, UM-8), and a fingerprint of the facts it rests on. */
export async function describeHandOver(tx: Tx, contractId: string, accountHasNamedContract: boolean, email: string, person: PersonRef | null, newManager: { adminRole: "primary" | "secondary" | null; adminOfOtherAccount: boolean; namedUser: boolean }): Promise<{ preview: ContractManagerChangePreview; effects: ContractManagerChangeEffects; basis: HandOverFingerprint }> {
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
  const basis: HandOverFingerprint = { managerId: c!.cmId, target: person?.id ?? email, secondaryAdmin: effects.secondaryAdmin, addsNamedUser: effects.addsNamedUser };
  return { preview: { email: person?.email ?? email, changes, unchanged, emails: [`${person?.email ?? email}: confirmation that they are the contract manager (CL-4)`], fingerprint: writeFingerprint(basis) }, effects, basis };
}

// ---------------------------------------------------------------- what the actor saw

/** The facts a preview rests on; its fingerprint carries them back with the confirmation. */
export type HandOverFingerprint = { managerId: string; target: string; secondaryAdmin: SecondaryAdminStep; addsNamedUser: boolean };

const fingerprintSchema = z.tuple([text({ max: 100 }), text({ max: 300 }), z.enum(["added", "already_admin", "skipped_admin_of_other_account", "skipped_no_user_management"]), z.boolean()]);

const writeFingerprint = (f: HandOverFingerprint): string => JSON.stringify([f.managerId, f.target, f.secondaryAdmin, f.addsNamedUser]);

/** The fingerprint the confirmation sent back, or null when it is not one of ours. */
export function readFingerprint(text: string): HandOverFingerprint | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fingerprintSchema.safeParse(json);
  if (!parsed.success) return null;
  const [managerId, target, secondaryAdmin, addsNamedUser] = parsed.data;
  return { managerId, target, secondaryAdmin, addsNamedUser };
}

/** What moved between the preview the actor saw and the facts now, in words, with the rule that makes it matter. */
export function changedSincePreview(seen: HandOverFingerprint | null, now: HandOverFingerprint, who: string): { text: string; rule: RuleId } {
  if (!seen) return { text: "Something changed since the preview", rule: "CL-5" };
  if (seen.managerId !== now.managerId) return { text: "The contract manager changed since the preview", rule: "CL-4" };
  if (seen.target !== now.target) return { text: `${who} joined the portal meanwhile`, rule: "CL-5" };
  if (seen.secondaryAdmin !== now.secondaryAdmin) {
    if (now.secondaryAdmin === "already_admin") return { text: `${who} became an admin of this account meanwhile`, rule: "CL-5" };
    if (now.secondaryAdmin === "skipped_admin_of_other_account") return { text: `${who} became an admin of another account meanwhile`, rule: "UM-4" };
    if (now.secondaryAdmin === "skipped_no_user_management") return { text: "The account no longer has User Management", rule: "HY-1" };
    if (seen.secondaryAdmin === "already_admin") return { text: `${who} is no longer an admin of this account`, rule: "CL-5" };
    if (seen.secondaryAdmin === "skipped_admin_of_other_account") return { text: `${who} is no longer an admin of another account`, rule: "UM-4" };
    return { text: "The account has User Management now", rule: "HY-1" };
  }
  if (seen.addsNamedUser !== now.addsNamedUser) {
    return now.addsNamedUser ? { text: `${who} is no longer a named user of the account`, rule: "CL-5" } : { text: `${who} became a named user of the account meanwhile`, rule: "CL-5" };
  }
  return { text: "Something changed since the preview", rule: "CL-5" };
}

/**
 * CL-4: the actor confirms a hand-over previewed while they were the contract manager, and
 * the role has left them since, by their own hand (a double click, a second tab): the answer
 * is a conflict naming who manages the contract now, instead of "not found". Only the
 * manager hands the role over, so when the latest hand-over is the actor's own, naming its
 * recipient tells them nothing they did not do; otherwise the policy answers as usual.
 */
async function refuseIfHandedOverMeanwhile(tx: Tx, actor: Actor, contractId: string, expected: string): Promise<void> {
  const seen = readFingerprint(expected);
  if (!seen || seen.managerId !== actor.personId) return;
  const [c] = await tx
    .select({ cmId: contracts.contractManagerId, name: people.name, firstName: people.firstName, lastName: people.lastName, email: people.email })
    .from(contracts)
    .innerJoin(people, eq(people.id, contracts.contractManagerId))
    .where(eq(contracts.id, contractId));
  if (!c || c.cmId === actor.personId) return;
  const [last] = await tx
    .select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(eq(auditEvents.contractId, contractId), eq(auditEvents.action, "contract.manager_changed")))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  if (last?.actorId !== actor.personId) return;
  const now = c.name || displayName(c.firstName, c.lastName) || c.email;
  // conflict: the role moved on since the actor's preview (what they saw, CL-4).
  throw conflict(`${now} became the contract manager meanwhile, so nothing was changed (CL-4).`, "CL-4");
}
