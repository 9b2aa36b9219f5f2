import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { products } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import { LIMITS } from "@/lib/security/limits";
import { hitLimit, limitText, minutesText } from "@/lib/security/rate-limit";
import { ignoredColumnsMessage, validateImport, type RowError } from "./import-rows";
import { importNamedUsersSpec, type ImportSummary } from "./import-spec";

/** What the import tells its caller while it works (the route streams these as NDJSON). */
export type ImportEvent =
  | { type: "parsed"; rows: number }
  | { type: "validated"; done: number; total: number }
  | { type: "writing"; done: number; total: number }
  | { type: "done"; summary: ImportSummary; ms: number }
  /** The validation step's question: the file has columns the import would ignore; nothing was written. */
  | { type: "confirm"; rows: number; ignoredColumns: string[]; message: string }
  | { type: "failed"; message: string; rule?: string; errors?: RowError[] };

export type ImportOptions = {
  /** Made when the import started (the page makes one per file): the same import twice applies once. Absent: a fresh one. */
  idempotencyKey?: string;
  /** The columns the person agreed to leave out, as the confirmation listed them. */
  ignoreColumns?: readonly string[];
};

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c) => b.includes(c));

/**
 * Imports named users from CSV text: every row is validated before anything is written
 * (row errors come back with their row numbers); a file with columns the import does not
 * recognise is answered with a question listing them, and goes on only once the same list
 * comes back as agreed; then one transaction does the change through the executor (zod →
 * facts → decide → run → audit), once per import key. Returns the last event.
 */
export async function importNamedUsers(db: Db, actor: Actor, accountId: string, csvText: string, emit: (e: ImportEvent) => void = () => {}, options: ImportOptions = {}): Promise<ImportEvent> {
  const started = performance.now();
  const finish = (e: ImportEvent) => {
    emit(e);
    return e;
  };
  // Every import request counts, also one whose file is refused (LIMITS.importsPerActor).
  const counted = await hitLimit(db, LIMITS.importsPerActor, actor.personId);
  if (counted.limited) {
    return finish({ type: "failed", message: `You have started imports too often (${limitText(LIMITS.importsPerActor)}). Try again in ${minutesText(counted.retryAfterMs)}. Nothing was imported.` });
  }
  const known = new Set((await db.select({ code: products.code }).from(products)).map((p) => p.code));
  let announced = false;
  const checked = validateImport(csvText, known, (done, total) => {
    if (!announced) emit({ type: "parsed", rows: total });
    announced = true;
    emit({ type: "validated", done, total });
  });
  if ("fileError" in checked) return finish({ type: "failed", message: checked.fileError });
  if (checked.errors.length) {
    const n = checked.errors.length;
    return finish({ type: "failed", message: `${n} row${n === 1 ? " has" : "s have"} errors. Nothing was imported: correct the file and try again.`, errors: checked.errors });
  }
  if (checked.ignoredColumns.length && !sameColumns(checked.ignoredColumns, options.ignoreColumns ?? [])) {
    return finish({ type: "confirm", rows: checked.rows.length, ignoredColumns: checked.ignoredColumns, message: ignoredColumnsMessage(checked.ignoredColumns, checked.rows.length) });
  }
  const idempotencyKey = options.idempotencyKey ?? randomUUID();
  const result = await execute(db, actor, importNamedUsersSpec((done, total) => emit({ type: "writing", done, total })), { accountId, idempotencyKey, rows: checked.rows });
  if (result.ok) return finish({ type: "done", summary: result.data, ms: Math.round(performance.now() - started) });
  if (result.code === "denied") return finish({ type: "failed", message: result.reason, rule: result.rule });
  return finish({ type: "failed", message: result.message, ...("rule" in result && result.rule ? { rule: result.rule } : {}) });
}
