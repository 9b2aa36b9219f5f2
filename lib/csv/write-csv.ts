import Papa from "papaparse";

/**
 * CSV out, written by papaparse (RFC 4180: comma-separated, CRLF line ends, quotes doubled,
 * cells with separators, quotes, line breaks or edge spaces quoted), with spreadsheet
 * formulas neutralised: a text cell beginning with = + - @ tab or carriage return is
 * prefixed with a single quote, so that opening an export in a spreadsheet never runs what
 * someone typed into a name or label (CSV injection).
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const CHUNK = 64 * 1024;
const ROWS_PER_BATCH = 200;
const UNPARSE = { newline: "\r\n", header: false } as const;

/** Text only: numbers and dates are written by us, not typed by users, so "-5" stays a number. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Neutralised here rather than with papaparse's `escapeFormulae`, which also quotes every
 * neutralised cell: a cell is quoted only when CSV needs it.
 */
function prepare(value: CsvValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" ? neutraliseFormula(value) : value;
}

export function csvCell(value: CsvValue): string {
  return Papa.unparse([[prepare(value)]], UNPARSE);
}

/** Several rows as CSV text, each ending with CRLF. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length === 0 ? "" : `${Papa.unparse(rows.map((r) => r.map(prepare)), UNPARSE)}\r\n`;
}

export function csvLine(values: readonly CsvValue[]): string {
  return csvLines([values]);
}

/** A whole (small) CSV document as one string. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return csvLines([header, ...rows]);
}

/**
 * Streams a CSV document: the header, then the rows as the source yields them, so a large
 * export never sits in memory. Starts with a UTF-8 byte order mark unless `bom: false`,
 * so that spreadsheet programs read names with accents correctly.
 */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly CsvValue[]>, options: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${options.bom === false ? "" : "\uFEFF"}${csvLine(header)}`));
    },
    // Rows are sent in chunks of about 64 KB: one chunk per row costs more than the rows.
    async pull(controller) {
      let chunk = "";
      let batch: (readonly CsvValue[])[] = [];
      while (chunk.length < CHUNK) {
        const next = await iterator.next();
        if (next.done) {
          chunk += csvLines(batch);
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        batch.push(next.value);
        if (batch.length === ROWS_PER_BATCH) {
          chunk += csvLines(batch);
          batch = [];
        }
      }
      controller.enqueue(encoder.encode(chunk + csvLines(batch)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
