"use client";

import { assignClassicProductAction, unassignClassicProductAction } from "@/lib/contracts/actions";
import { FailureMessage } from "@/components/ui/failure-message";
import { useServerAction } from "@/components/hooks/use-server-action";

type Props = { accountId: string; contractId: string; personId: string; personName: string; productId: string; productName: string; held: boolean; full: boolean; noSeatReason: string };

/** One user's access to one contract product, as a pressed/unpressed button (CL-3, CL-8; CL-12 when no seat is left). */
export function ProductToggle({ accountId, contractId, personId, personName, productId, productName, held, full, noSeatReason }: Props) {
  const assign = useServerAction(assignClassicProductAction);
  const unassign = useServerAction(unassignClassicProductAction);
  const pending = assign.pending || unassign.pending;
  const input = { accountId, contractId, productId, personIds: [personId] };
  const blocked = !held && full;
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        aria-pressed={held}
        aria-label={held ? `Unassign ${productName} from ${personName}` : `Assign ${productName} to ${personName}`}
        title={blocked ? noSeatReason : undefined}
        disabled={pending || blocked}
        onClick={() => (held ? unassign.run(input) : assign.run(input))}
        className={`rounded border px-2 py-0.5 text-xs ${held ? "border-blue-700 bg-blue-50 text-blue-900" : "border-slate-300 text-slate-700"} disabled:opacity-60`}
      >
        {held ? "✓ " : "+ "}
        {productName}
      </button>
      <FailureMessage failure={assign.failure ?? unassign.failure} />
    </span>
  );
}
