import { catalogEntry, type ActionKey } from "./catalog";
import { accountHandlers } from "./decide-account";
import type { Handlers } from "./decide-common";
import { contractHandlers } from "./decide-contract";
import { hubHandlers } from "./decide-hub";
import { projectHandlers } from "./decide-project";
import type { Decision } from "./decision";
import type { ActorFacts, ResourceFor } from "./types";

// Assigning to `Handlers` makes the compiler check that every catalogue action has one.
const handlers: Handlers = { ...accountHandlers, ...contractHandlers, ...hubHandlers, ...projectHandlers };

/**
 * The policy: may this actor do this action on this resource, and which rule says so?
 * Pure: no I/O, no clock. Facts come from facts.ts (or a test). The resource's kind must
 * be the one the catalogue names for the action; the type enforces it, and a mismatch at
 * run time (a programming error) throws rather than guessing.
 */
export function decide<K extends ActionKey>(actor: ActorFacts, action: K, resource: ResourceFor<K>): Decision {
  const expected = catalogEntry(action).resource;
  if (resource.kind !== expected) {
    throw new Error(`decide(${action}) needs "${expected}" facts, got "${resource.kind}"`);
  }
  const handler = handlers[action];
  return handler(actor, resource);
}
