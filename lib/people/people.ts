import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";

/**
 * People: one person per email, shared by every account they belong to (RULES.md UM-5
 * Decision). Every use case that finds, creates or names a person comes through here, so
 * emails are normalised one way, names are built one way, and "Name <email>" reads the same
 * in every audit event and message.
 */

/** Emails are kept trimmed and lowercase (Auth.js looks people up the same way). */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** "First Last", or "" when both are empty. */
export const displayName = (firstName: string, lastName: string): string => `${firstName} ${lastName}`.trim();

/** "Name <email>" for audit targets and messages; just the email when the person has no name. */
export function personLabel(p: { name?: string | null; firstName?: string; lastName?: string; email: string }): string {
  const name = p.name || displayName(p.firstName ?? "", p.lastName ?? "");
  return name ? `${name} <${p.email}>` : p.email;
}

export type PersonRef = { id: string; email: string; firstName: string; lastName: string; label: string; verified: boolean };
export type NewPerson = { email: string; firstName: string; lastName: string };

const columns = { id: people.id, email: people.email, firstName: people.firstName, lastName: people.lastName, name: people.name, emailVerified: people.emailVerified };
type Row = { id: string; email: string; firstName: string; lastName: string; name: string | null; emailVerified: Date | null };
const toRef = (r: Row): PersonRef => ({ id: r.id, email: r.email, firstName: r.firstName, lastName: r.lastName, label: personLabel(r), verified: r.emailVerified !== null });

export async function findPersonByEmail(tx: Db, email: string): Promise<PersonRef | null> {
  const [row] = await tx.select(columns).from(people).where(eq(people.email, normaliseEmail(email)));
  return row ? toRef(row) : null;
}

export async function findPersonById(tx: Db, personId: string): Promise<PersonRef | null> {
  const [row] = await tx.select(columns).from(people).where(eq(people.id, personId));
  return row ? toRef(row) : null;
}

/**
 * Emails as a VALUES list to join with: the planner then knows how many there are and
 * probes people's email index for each, where `email IN (…500 params…)` on freshly grown
 * tables was planned as a scan comparing every row with every email (minutes at 5,000).
 */
export const emailList = (emails: readonly string[]) => sql`(values ${sql.join(emails.map((e) => sql`(${e}::text)`), sql`, `)}) as wanted(email)`;

export type FoundPerson = { id: string; created: boolean; firstName: string };

/**
 * The people with these emails, each created when new. INSERT … ON CONFLICT DO NOTHING
 * makes it safe against a concurrent creation of the same email (the unique index decides,
 * nobody fails), and it NEVER changes an existing person: their name and everything of
 * theirs outside this account stay theirs (UM-5 Decision). Returns email → {id, created,
 * firstName}, the first name being the stored one for people who were there already.
 */
export async function findOrCreatePeople(tx: Db, list: readonly NewPerson[]): Promise<Map<string, FoundPerson>> {
  const out = new Map<string, FoundPerson>();
  const wanted = new Map<string, NewPerson>();
  for (const p of list) wanted.set(normaliseEmail(p.email), p);
  if (wanted.size === 0) return out;
  const created = await tx
    .insert(people)
    .values([...wanted].map(([email, p]) => ({ email, firstName: p.firstName, lastName: p.lastName, name: displayName(p.firstName, p.lastName) || null })))
    .onConflictDoNothing({ target: people.email })
    .returning({ id: people.id, email: people.email, firstName: people.firstName });
  for (const r of created) out.set(r.email, { id: r.id, created: true, firstName: r.firstName });
  const existing = [...wanted.keys()].filter((e) => !out.has(e));
  if (existing.length) {
    // Those who were there already (or were created by a concurrent transaction a moment ago).
    const found = await tx.select({ id: people.id, email: people.email, firstName: people.firstName }).from(people).innerJoin(emailList(existing), sql`wanted.email = ${people.email}`);
    for (const r of found) out.set(r.email, { id: r.id, created: false, firstName: r.firstName });
  }
  const missing = [...wanted.keys()].filter((e) => !out.has(e));
  if (missing.length) throw new Error(`people neither found nor created: ${missing.join(", ")}`);
  return out;
}

/** One person by email, created when new (see findOrCreatePeople: an existing person is never changed). */
export async function findOrCreatePerson(tx: Db, p: NewPerson): Promise<{ person: PersonRef; created: boolean }> {
  const email = normaliseEmail(p.email);
  const { created } = (await findOrCreatePeople(tx, [{ ...p, email }])).get(email)!;
  const person = await findPersonByEmail(tx, email);
  if (!person) throw new Error("the person was neither found nor created");
  return { person, created };
}

/** "Name <email>" of each person, by id. */
export async function personLabels(tx: Db, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx.select(columns).from(people).where(inArray(people.id, [...personIds]));
  return new Map(rows.map((r) => [r.id, personLabel(r)]));
}
