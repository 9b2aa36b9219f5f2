import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { currentActor, type Actor } from "@/lib/auth/actor";
import { execute, type ActionSpec, type Facts } from "./define-action";
import type { ActionResult } from "./result";
import { unexpectedFailure } from "./unexpected";
import type { ActionKey } from "@/lib/permissions";

/** What a server action reads from outside the use case: who is asking (a database query) and the database. */
export type ActionDoor = { actor: () => Promise<Actor | null>; db: () => Promise<Db> };

export const SIGNED_OUT = Symbol("signed out");

/**
 * Everything a server action does that can fail, as a typed result: reading the actor, opening
 * the database and the executor. During an outage the actor's query throws; it is caught here,
 * so the click gets `{ ok: false, code: "error" }` next to its control instead of an error that
 * replaces the page. `SIGNED_OUT` is for the door to redirect (outside any catch).
 */
export async function serveAction<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(door: ActionDoor, spec: ActionSpec<S, K, F, T>, raw: unknown): Promise<ActionResult<T> | typeof SIGNED_OUT> {
  try {
    const actor = await door.actor();
    if (!actor) return SIGNED_OUT;
    return await execute(await door.db(), actor, spec, raw);
  } catch (error) {
    return unexpectedFailure(spec.action, error);
  }
}

/** The server-action door: the signed-in actor (signed out → sign-in), the shared executor, then revalidation. */
export async function runAction<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(spec: ActionSpec<S, K, F, T>, raw: unknown): Promise<ActionResult<T>> {
  const result = await serveAction({ actor: currentActor, db: getDb }, spec, raw);
  if (result === SIGNED_OUT) redirect("/sign-in");
  if (result.ok && spec.revalidate) {
    for (const path of spec.revalidate(spec.input.parse(raw), result.data)) revalidatePath(path);
  }
  return result;
}
