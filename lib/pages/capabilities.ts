import { decide, type CatalogEntry, type ResourceFacts, type RuleId } from "@/lib/permissions";
import { type Loaded } from "@/lib/permissions/facts";

/** What a control may do, and (when it may not) why, with the rule: what pages pass to components. */
export type Capability = { allowed: boolean; reason: string; rule: RuleId };

type KeysOn<R extends ResourceFacts> = Extract<CatalogEntry, { resource: R["kind"] }>["key"];

/**
 * The policy's answer for each action on these facts, for a page to hand to its components
 * (which never decide). The one way pages turn facts into buttons and reasons.
 */
export function capabilities<R extends ResourceFacts, K extends KeysOn<R>>(loaded: Loaded<R>, keys: readonly K[]): Record<K, Capability> {
  const out = {} as Record<K, Capability>;
  for (const key of keys) {
    const d = decide(loaded.actor, key, loaded.resource as never);
    out[key] = { allowed: d.allowed, reason: d.reason, rule: d.rule };
  }
  return out;
}
