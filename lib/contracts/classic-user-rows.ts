import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { classicUsers, contracts } from "@/db/schema";
import { findOrCreatePeople, personLabels, type NewPerson } from "@/lib/people/people";
import type { ActionAudit } from "@/lib/actions/define-action";

export type AddedClassicUser = { email: string; personId: string; personCreated: boolean; added: boolean };

/** The contract's number, for audit labels and emails. */
export async function contractNumber(tx: Tx, contractId: string): Promise<string> {
  const [row] = await tx.select({ number: contracts.number }).from(contracts).where(eq(contracts.id, contractId));
  return row?.number ?? contractId;
}

/**
 * Makes these people classic users of the contract (people found or created through
 * lib/people, never changed). Only classic_users is written: User Management's named users
 * stay as they are (HY-2). `added` is false for someone who already was a classic user.
 */
export async function insertClassicUsers(tx: Tx, contractId: string, list: readonly NewPerson[]): Promise<AddedClassicUser[]> {
  if (list.length === 0) return [];
  const found = await findOrCreatePeople(tx, list);
  const ids = [...found.values()].map((p) => p.id);
  const inserted = new Set(
    (
      await tx
        .insert(classicUsers)
        .values(ids.map((personId) => ({ contractId, personId })))
        .onConflictDoNothing()
        .returning({ personId: classicUsers.personId })
    ).map((r) => r.personId),
  );
  return [...found].map(([email, p]) => ({ email, personId: p.id, personCreated: p.created, added: inserted.has(p.id) }));
}

/** One audit event per classic user added (AU-1), naming HY-2's independence. */
export async function addedAudits(tx: Tx, accountId: string, contractId: string, added: readonly AddedClassicUser[]): Promise<ActionAudit[]> {
  const labels = await personLabels(tx, added.map((a) => a.personId));
  const number = await contractNumber(tx, contractId);
  return added.map((a) => ({
    action: "classic_user.added",
    accountId,
    contractId,
    targetType: "classic_user",
    targetId: a.personId,
    targetLabel: labels.get(a.personId) ?? a.email,
    after: { contract: number, email: a.email, personCreated: a.personCreated },
    sideEffects: [{ rule: "HY-2", effect: "User Management unchanged: not added as a named user" }],
  }));
}

/** Which of these people are classic users of the contract. */
export async function classicUsersAmong(tx: Tx, contractId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await tx
    .select({ personId: classicUsers.personId })
    .from(classicUsers)
    .where(and(eq(classicUsers.contractId, contractId), inArray(classicUsers.personId, [...personIds])));
  return new Set(rows.map((r) => r.personId));
}
