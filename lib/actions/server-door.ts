import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { execute, type ActionSpec, type Facts } from "./define-action";
import type { ActionResult } from "./result";
import type { ActionKey } from "@/lib/permissions";

/** The server-action door: the signed-in actor, the shared executor, then revalidation. */
export async function runAction<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(spec: ActionSpec<S, K, F, T>, raw: unknown): Promise<ActionResult<T>> {
  const actor = await requireActor();
  const result = await execute(await getDb(), actor, spec, raw);
  if (result.ok && spec.revalidate) {
    for (const path of spec.revalidate(spec.input.parse(raw), result.data)) revalidatePath(path);
  }
  return result;
}
