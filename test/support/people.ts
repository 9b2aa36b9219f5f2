import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { findOrCreatePerson } from "@/lib/people/people";

/** A person by email (made on first use, as an invitation or a sign-in would) as the actor a door passes. */
export async function personActor(db: Db, email: string, firstName = "Test"): Promise<Actor> {
  const { person } = await findOrCreatePerson(db, { email, firstName, lastName: email.split("@")[0] ?? "" });
  return { personId: person.id, email, name: person.label };
}
