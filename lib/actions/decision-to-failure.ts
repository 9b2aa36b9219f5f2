import type { Decision } from "@/lib/permissions";
import type { Failure } from "./result";

/** Maps a refusal to the service's typed failure; `null` when allowed. */
export function decisionToFailure(decision: Decision, what = "This page"): Failure | null {
  if (decision.allowed) return null;
  if (!decision.visible) return { ok: false, code: "not_found", message: `${what} was not found.` };
  return { ok: false, code: "denied", rule: decision.rule, reason: decision.reason, message: decision.reason };
}
