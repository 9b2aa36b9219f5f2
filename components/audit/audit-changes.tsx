import { auditChanges, type AuditChange } from "./format-audit-value";

const SHOWN = 3;

function Line({ c }: { c: AuditChange }) {
  return (
    <li>
      <span className="text-slate-500">{c.field}: </span>
      {c.before !== null && c.after !== null ? (
        <>
          <del className="text-slate-500">{c.before}</del>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> changed to </span>
          <ins className="no-underline">{c.after}</ins>
        </>
      ) : c.after !== null ? (
        <ins className="no-underline">{c.after}</ins>
      ) : (
        <>
          <del className="text-slate-500">{c.before}</del> <span className="text-slate-500">(removed)</span>
        </>
      )}
    </li>
  );
}

/** An event's before → after, one line per field; long change sets fold after a few lines. */
export function AuditChanges({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  const rest = changes.slice(SHOWN);
  return (
    <div className="text-xs leading-5">
      <ul>
        {changes.slice(0, SHOWN).map((c) => (
          <Line key={c.field} c={c} />
        ))}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-blue-700">
            {rest.length} more {rest.length === 1 ? "field" : "fields"}
          </summary>
          <ul>
            {rest.map((c) => (
              <Line key={c.field} c={c} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
