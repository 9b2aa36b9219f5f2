import { ForbiddenStatus } from "./http-status";

/**
 * Explains a visible refusal with the rule behind it, and answers the request with HTTP 403
 * (what the actor may not even see is "not found" instead, with 404, before this is reached).
 */
export function Refusal({ decision }: { decision: { reason: string } }) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-medium">You can&apos;t open this page.</p>
      <p className="mt-1">{decision.reason}</p>
      <ForbiddenStatus />
    </div>
  );
}
