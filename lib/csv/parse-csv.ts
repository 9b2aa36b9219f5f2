import Papa from "papaparse";

/**
 * CSV in, read by papaparse: quoted cells (with separators, doubled quotes and line breaks
 * inside), CRLF, LF or CR line ends, a UTF-8 byte order mark. The separator is the one the
 * first line uses most among comma, semicolon (what spreadsheets write in locales whose
 * decimal mark is a comma) and tab; a comma when the line has none of them.
 */
export type CsvDelimiter = "," | ";" | "\t";
const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** The separator of the first line, counting only characters outside quoted cells. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // Ties go to the comma, then the semicolon: DELIMITERS is in that order.
  let best: CsvDelimiter = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Parses CSV text into rows of cells. Blank lines are kept as [""] so rows keep their numbers in the file. */
export function parseCsv(text: string): string[][] {
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  if (src === "") return [];
  const { data } = Papa.parse<string[]>(src, { delimiter: detectDelimiter(src), newline: "\n", quoteChar: '"', skipEmptyLines: false });
  // A final line break ends the last row; it does not start an empty one.
  if (src.endsWith("\n") && data.length > 0 && data[data.length - 1]!.join("") === "" && data[data.length - 1]!.length === 1) data.pop();
  return data;
}
