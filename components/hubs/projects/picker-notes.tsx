/** Why a picker leaves some people or groups out: the policy's sentences, each ending with its rule. */
export function PickerNotes({ lead, notes, testId }: { lead: string; notes: readonly string[]; testId: string }) {
  if (notes.length === 0) return null;
  return (
    <div className="text-sm text-slate-600" data-testid={testId}>
      <p>{lead}</p>
      <ul className="list-disc pl-5">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
