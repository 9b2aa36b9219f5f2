/**
 * A small CSV writer (RFC 4180: comma-separated, CRLF line ends, quotes doubled) that
 * neutralises spreadsheet formulas: a text cell beginning with = + - @ tab or carriage
 * return is prefixed with a single quote, so that opening an export in a spreadsheet
 * never runs what someone typed into a name or label (CSV injection).
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const CHUNK = 64 * 1024;

/** Text only: numbers and dates are written by us, not typed by users, so "-5" stays a number. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole (small) CSV document as one string. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}

/**
 * Streams a CSV document: the header, then each row as the source yields it, so a large
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
      while (chunk.length < CHUNK) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
