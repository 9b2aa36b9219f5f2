import type { ActionResult } from "@/lib/actions/result";

/** A use case's answer in one word, for tables of who may do what: "allowed", "denied <rule>", or the failure's code. */
export function outcome(r: ActionResult<unknown>): string {
  if (r.ok) return "allowed";
  if (r.code === "denied") return `denied ${r.rule}`;
  return r.code;
}
