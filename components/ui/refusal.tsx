import type { Decision } from "@/lib/permissions";

/** Explains a visible refusal with the rule behind it. */
export function Refusal({ decision }: { decision: Decision }) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-medium">You can&apos;t open this page.</p>
      <p className="mt-1">{decision.reason}</p>
    </div>
  );
}
