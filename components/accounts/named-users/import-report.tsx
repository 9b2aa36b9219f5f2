import type { ImportEvent } from "@/lib/accounts/named-users/import-named-users";
import { Button } from "@/components/ui/button";

const MAX_SHOWN = 200;

type Props = { question: Extract<ImportEvent, { type: "confirm" }>; busy: boolean; onConfirm: () => void; onCancel: () => void };

/** The validation step's question: these columns would be ignored; go on without them? Nothing is written until then. */
export function ImportQuestion({ question, busy, onConfirm, onCancel }: Props) {
  return (
    <section role="group" aria-label="Columns the import will ignore" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{question.message}</p>
      <p>Nothing has been imported yet.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={busy} onClick={onConfirm}>
          Import without {question.ignoredColumns.length === 1 ? "this column" : "these columns"}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

/** The import's outcome: what was added and skipped, or why nothing was, row by row. */
export function ImportReport({ result }: { result: ImportEvent }) {
  if (result.type === "done") {
    const { added, skipped, assigned } = result.summary;
    const products = Object.entries(assigned).map(([code, n]) => `${code} × ${n}`);
    return (
      <section role="status" aria-label="Import report" className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
        {result.summary.replayed ? <p>This import had already run: nothing more was added.</p> : null}
        <p className="font-medium">
          Imported {added} user{added === 1 ? "" : "s"}
          {skipped.length ? `, skipped ${skipped.length} already in the account` : ""}. Invitation emails are on their way.
        </p>
        {products.length ? <p>Products assigned: {products.join(", ")}.</p> : null}
        {skipped.length ? (
          <ul className="ml-5 list-disc text-slate-800">
            {skipped.slice(0, MAX_SHOWN).map((s) => (
              <li key={s.row}>Row {s.row}: {s.email} — {s.reason}</li>
            ))}
          </ul>
        ) : null}
      </section>
    );
  }
  if (result.type !== "failed") return null;
  return (
    <section role="alert" aria-label="Import report" className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{result.message}</p>
      {result.errors?.length ? (
        <ul className="ml-5 list-disc">
          {result.errors.slice(0, MAX_SHOWN).map((e) => (
            <li key={e.row}>Row {e.row}: {e.messages.join(" ")}</li>
          ))}
          {result.errors.length > MAX_SHOWN ? <li>…and {result.errors.length - MAX_SHOWN} more rows.</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
