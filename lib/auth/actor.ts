import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "./auth";
import { sessionPerson } from "./revoke-sessions";

/** The signed-in person. Identity only: what they may do is decided from the database. */
export type Actor = { personId: string; email: string; name: string };

/**
 * The person behind this request, checked against the database: a deleted person or a
 * revoked session (session version bumped) counts as signed out.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const person = await sessionPerson(await getDb(), id, session.sessionVersion);
  if (!person) return null;
  return { personId: person.id, email: person.email, name: person.name || person.email };
});

/** For pages and actions: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
