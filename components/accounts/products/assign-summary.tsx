import type { BatchAssignSummary } from "@/lib/accounts/products/assign-product-to-users";

/** What a batch assignment did: who got a seat, and who did not and why (UM-9). */
export function AssignSummary({ summary }: { summary: BatchAssignSummary }) {
  const { product, assigned, refused } = summary;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="assign-summary">
      {assigned.length > 0 ? (
        <div>
          <p className="font-medium text-green-800">
            {product} assigned to {assigned.length} {assigned.length === 1 ? "user" : "users"}:
          </p>
          <ul className="ml-5 list-disc">
            {assigned.map((p) => (
              <li key={p.personId}>{p.label}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="font-medium text-slate-800">Nobody was assigned {product}.</p>
      )}
      {refused.length > 0 ? (
        <div>
          <p className="font-medium text-red-800">
            Not assigned ({refused.length}):
          </p>
          <ul className="ml-5 list-disc">
            {refused.map((p) => (
              <li key={p.personId}>
                {p.label} — {p.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
