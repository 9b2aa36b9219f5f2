import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, auditEvents, classicUsers, contracts, namedUsers, outboxEmails, people, ssoAdmins } from "@/db/schema";

/** Reads for the admins tests: the state a rule talks about, straight from the tables. */
export async function adminRoles(db: Db, accountId: string): Promise<Record<string, string>> {
  const rows = await db.select({ personId: accountAdmins.personId, role: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, accountId));
  return Object.fromEntries(rows.map((r) => [r.personId, r.role]));
}

export async function primaryAdmins(db: Db, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: accountAdmins.personId })
    .from(accountAdmins)
    .where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.role, "primary")));
  return rows.map((r) => r.personId);
}

/** Every contract's manager and coordinator: what UM-8, CL-10 and CL-11 say an admin change leaves alone. */
export async function contractRoles(db: Db): Promise<{ id: string; cm: string; sc: string | null }[]> {
  return db.select({ id: contracts.id, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId }).from(contracts).orderBy(contracts.id);
}

export async function classicUserRows(db: Db): Promise<string[]> {
  const rows = await db.select({ c: classicUsers.contractId, p: classicUsers.personId }).from(classicUsers);
  return rows.map((r) => `${r.c}:${r.p}`).sort();
}

export async function isNamedUser(db: Db, accountId: string, personId: string): Promise<boolean> {
  const rows = await db.select({ p: namedUsers.personId }).from(namedUsers).where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, personId)));
  return rows.length > 0;
}

export async function isSsoAdmin(db: Db, accountId: string, personId: string): Promise<boolean> {
  const rows = await db.select({ p: ssoAdmins.personId }).from(ssoAdmins).where(and(eq(ssoAdmins.accountId, accountId), eq(ssoAdmins.personId, personId)));
  return rows.length > 0;
}

export async function personIdByEmail(db: Db, email: string): Promise<string | null> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row?.id ?? null;
}

export async function emailsTo(db: Db, to: string) {
  return db.select({ kind: outboxEmails.kind, subject: outboxEmails.subject, text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.to, to));
}

export async function auditFor(db: Db, action: string, targetId: string) {
  return db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));
}
