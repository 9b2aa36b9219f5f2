"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportEvent } from "@/lib/accounts/named-users/import-named-users";
import { Button } from "@/components/ui/button";
import { ImportQuestion, ImportReport } from "./import-report";

type Progress = { label: string; done: number; total: number };
type Question = Extract<ImportEvent, { type: "confirm" }>;

/** Reads the route's NDJSON progress events as they arrive. */
async function* events(response: Response): AsyncGenerator<ImportEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) yield JSON.parse(line) as ImportEvent;
    }
    if (done) return;
  }
}

/** The import's idempotency key, made when it starts (getRandomValues works on plain http too, unlike randomUUID). */
const newImportKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * Uploads a CSV of users (UM-5) and shows the import's progress, then its report. Columns the
 * import does not recognise are listed first and the import goes on only when the person agrees;
 * every request of one import carries its key, so sending it twice imports once.
 */
export function ImportUsers({ accountId }: { accountId: string }) {
  const router = useRouter();
  const inputId = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ImportEvent | null>(null);
  const [question, setQuestion] = useState<{ asked: Question; data: FormData } | null>(null);
  const [busy, setBusy] = useState(false);

  async function post(data: FormData) {
    setResult(null);
    setQuestion(null);
    setBusy(true);
    setProgress({ label: "Uploading", done: 0, total: 1 });
    try {
      const response = await fetch(`/api/accounts/${accountId}/users/import`, { method: "POST", body: data });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setResult({ type: "failed", message: body?.message ?? "The import could not start. Try again." });
        return;
      }
      for await (const e of events(response)) {
        if (e.type === "parsed") setProgress({ label: `Read ${e.rows} rows`, done: 0, total: e.rows });
        else if (e.type === "validated") setProgress({ label: `Checking rows: ${e.done} of ${e.total}`, done: e.done, total: e.total });
        else if (e.type === "writing") setProgress({ label: `Adding users: ${e.done} of ${e.total}`, done: e.done, total: Math.max(e.total, 1) });
        else if (e.type === "confirm") setQuestion({ asked: e, data });
        else {
          setResult(e);
          if (e.type === "done") router.refresh();
        }
      }
    } catch {
      setResult({ type: "failed", message: "The connection was lost. Check the users list before trying again." });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  function start(data: FormData) {
    if (busy) return;
    data.set("key", newImportKey());
    void post(data);
  }

  function goOnWithout(q: { asked: Question; data: FormData }) {
    if (busy) return;
    const data = new FormData();
    for (const [name, value] of q.data) data.append(name, value);
    for (const column of q.asked.ignoredColumns) data.append("ignore", column);
    void post(data);
  }

  return (
    <div className="flex flex-col gap-3">
      <form action={start} className="flex flex-wrap items-end gap-3" aria-label="Import users from CSV">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-slate-700">CSV file</label>
          <input id={inputId} name="file" type="file" accept=".csv,text/csv,text/plain" required className="text-sm" />
        </div>
        <Button type="submit" disabled={busy}>{busy ? "Importing…" : "Import"}</Button>
      </form>
      <p className="text-xs text-slate-600">
        Columns: first name, last name, email, and optionally products as codes separated by “;” (e.g. <code>ACD;INV</code>). A header row is fine. Up to 5,000 users; nothing is added unless every row is valid and the seats suffice.
      </p>
      {progress ? (
        <div className="flex flex-col gap-1">
          <progress className="h-2 w-full" max={progress.total} value={progress.done} aria-label="Import progress" />
          <p className="text-sm text-slate-700" aria-live="polite">{progress.label}</p>
        </div>
      ) : null}
      {question ? <ImportQuestion question={question.asked} busy={busy} onConfirm={() => goOnWithout(question)} onCancel={() => setQuestion(null)} /> : null}
      {result ? <ImportReport result={result} /> : null}
    </div>
  );
}
