import { notFound } from "next/navigation";
import { decide, type ActionKey, type Decision, type ResourceFor } from "@/lib/permissions";
import { type Loaded } from "@/lib/permissions/facts";

/**
 * For server-rendered pages: the loaded facts must exist and the policy must let the
 * actor see the page. What they may not see is "not found"; a visible refusal comes back
 * as a decision for the page to explain.
 */
export function authorizePage<K extends ActionKey>(loaded: Loaded<ResourceFor<K>> | null, action: K): Decision {
  if (!loaded) notFound();
  const decision = decide(loaded.actor, action, loaded.resource);
  if (!decision.allowed && !decision.visible) notFound();
  return decision;
}
