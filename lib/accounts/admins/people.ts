import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, namedUsers, people } from "@/db/schema";

export type PersonRef = { id: string; email: string; firstName: string; label: string; verified: boolean };

const columns = { id: people.id, email: people.email, firstName: people.firstName, name: people.name, emailVerified: people.emailVerified };

function toRef(row: { id: string; email: string; firstName: string; name: string | null; emailVerified: Date | null }): PersonRef {
  return { id: row.id, email: row.email, firstName: row.firstName, label: row.name ? `${row.name} <${row.email}>` : row.email, verified: row.emailVerified !== null };
}

export async function findPersonByEmail(tx: Db, email: string): Promise<PersonRef | null> {
  const [row] = await tx.select(columns).from(people).where(eq(people.email, email.toLowerCase()));
  return row ? toRef(row) : null;
}

export async function findPersonById(tx: Db, personId: string): Promise<PersonRef | null> {
  const [row] = await tx.select(columns).from(people).where(eq(people.id, personId));
  return row ? toRef(row) : null;
}

/** The person with this email, created when new. ON CONFLICT keeps an existing person as is, also against a concurrent creation. */
export async function findOrCreatePerson(tx: Db, p: { email: string; firstName: string; lastName: string }): Promise<{ person: PersonRef; created: boolean }> {
  const name = `${p.firstName} ${p.lastName}`.trim();
  const inserted = await tx
    .insert(people)
    .values({ email: p.email.toLowerCase(), firstName: p.firstName, lastName: p.lastName, name: name || null })
    .onConflictDoNothing({ target: people.email })
    .returning({ id: people.id });
  const person = await findPersonByEmail(tx, p.email);
  if (!person) throw new Error("the person was neither found nor created");
  return { person, created: inserted.length > 0 };
}

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

export async function accountName(tx: Db, accountId: string): Promise<string> {
  const [row] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? "your account";
}
