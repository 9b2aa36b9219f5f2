/** The rule IDs behind a line of a preview or a reason, as small tags. */
export function RuleTags({ rules }: { rules: readonly string[] }) {
  return (
    <span className="ml-1 inline-flex gap-1 align-middle">
      {rules.map((r) => (
        <span key={r} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600">
          {r}
        </span>
      ))}
    </span>
  );
}
