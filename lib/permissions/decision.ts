import type { RuleId } from "./rules";

/**
 * What `decide` answers. `visible: false` means the actor may not even know the resource
 * exists: callers answer "not found" (404), never "denied" (DESIGN.md: reads are scoped).
 * `reason` is plain words ending with the rule ID, ready to show to the user.
 */
export type Decision = { allowed: boolean; rule: RuleId; reason: string; visible: boolean };

const sentence = (text: string, rule: RuleId): string => `${text} (${rule}).`;

export function allow(rule: RuleId, text: string): Decision {
  return { allowed: true, rule, reason: sentence(text, rule), visible: true };
}

/** Refused, but the actor may know the resource exists. */
export function deny(rule: RuleId, text: string): Decision {
  return { allowed: false, rule, reason: sentence(text, rule), visible: true };
}

/** Refused and answered as "not found". */
export function hidden(rule: RuleId, text: string): Decision {
  return { allowed: false, rule, reason: sentence(text, rule), visible: false };
}

