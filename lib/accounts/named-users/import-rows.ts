import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { parseCsv } from "@/lib/csv/parse-csv";
import { personEmail, personName } from "./person-input";

/**
 * Reading an import file: the header (optional, liberal about names), then one zod check
 * per row. Pure: the caller passes the product catalogue. Nothing here writes anything.
 */
export const IMPORT_MAX_ROWS = 5000;

export type ImportRow = { row: number; email: string; firstName: string; lastName: string; productCodes: string[] };
export type RowError = { row: number; messages: string[] };
type Column = "firstName" | "lastName" | "email" | "products";

const ALIASES: Record<Column, string[]> = {
  firstName: ["firstname", "first", "givenname", "forename", "fname", "prenom", "vorname"],
  lastName: ["lastname", "last", "surname", "familyname", "lname", "nom", "nachname"],
  email: ["email", "emailaddress", "mail", "emailid", "login", "username"],
  products: ["products", "product", "productcodes", "productcode", "codes", "software", "licenses", "licences"],
};
const POSITIONAL: Column[] = ["firstName", "lastName", "email", "products"];

const normalise = (h: string) => h.normalize("NFD").replace(/[^a-zA-Z]/g, "").toLowerCase();

function columnOf(header: string): Column | null {
  const h = normalise(header);
  for (const [column, names] of Object.entries(ALIASES) as [Column, string[]][]) if (names.includes(h)) return column;
  return null;
}

/**
 * Column positions: from a header row when the first row is one (it names known columns and
 * holds no address). `unrecognised`: the positions of named headers the import does not know,
 * or that repeat a column already found; their cells would be ignored.
 */
export function readHeader(first: string[]): { columns: Partial<Record<Column, number>>; hasHeader: boolean; unrecognised: number[] } {
  const named = first.map(columnOf);
  if (named.some(Boolean) && !first.some((c) => c.includes("@"))) {
    const columns: Partial<Record<Column, number>> = {};
    const unrecognised: number[] = [];
    named.forEach((c, i) => {
      if (c && columns[c] === undefined) columns[c] = i;
      else if (first[i]!.trim() !== "") unrecognised.push(i);
    });
    return { columns, hasHeader: true, unrecognised };
  }
  return { columns: Object.fromEntries(POSITIONAL.map((c, i) => [c, i])), hasHeader: false, unrecognised: [] };
}

/** How a column the import ignores is named to the person: its header, or its position when it has none. */
const ignoredLabel = (header: string | undefined, i: number): string => (header?.trim() ? header.trim() : `column ${i + 1}`);

/**
 * The columns whose cells the import would ignore: headers it does not know (or repeated), and
 * columns with data but no header (or past the four of a file without a header).
 */
function ignoredColumns(all: string[][], hasHeader: boolean, used: ReadonlySet<number>, unrecognised: readonly number[]): string[] {
  const header = hasHeader ? all[0]! : [];
  const data = hasHeader ? all.slice(1) : all;
  const width = all.reduce((w, r) => Math.max(w, r.length), 0);
  const ignored: string[] = [];
  for (let i = 0; i < width; i++) {
    if (used.has(i)) continue;
    if (unrecognised.includes(i) || data.some((cells) => (cells[i] ?? "").trim() !== "")) ignored.push(ignoredLabel(header[i], i));
  }
  return ignored;
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

/** What the validation step says about the columns it will ignore, before asking to go on without them. */
export function ignoredColumnsMessage(ignored: readonly string[], rows: number): string {
  const one = ignored.length === 1;
  return `The import does not recognise the column${one ? "" : "s"} ${quoted(ignored)}: ${one ? "it" : "they"} will be ignored. Import ${rows} user${rows === 1 ? "" : "s"} without ${one ? "it" : "them"}?`;
}

const productCodes = text({ max: 2000, trim: false })
  .transform((s) => s.split(/[;|]/).map((c) => c.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(text({ max: 32, maxMessage: "A product code has at most 32 characters." })).max(20, "List at most 20 products."));

export const importRowSchema = z.object({ firstName: personName, lastName: personName, email: personEmail, productCodes });

/** `ignoredColumns`: what the file holds that the import would not read (ask before going on without it). */
export type ParsedImport = { rows: ImportRow[]; errors: RowError[]; total: number; ignoredColumns: string[] };

/**
 * Validates every data row (numbered as in the file, header = row 1). Also refuses unknown
 * product codes and an email listed twice. `onProgress` is told every `every` rows.
 */
export function validateImport(text: string, knownCodes: ReadonlySet<string>, onProgress: (done: number, total: number) => void = () => {}, every = 500): ParsedImport | { fileError: string } {
  const all = parseCsv(text);
  if (all.length === 0) return { fileError: "The file is empty." };
  const { columns, hasHeader, unrecognised } = readHeader(all[0]!);
  if (columns.email === undefined) return { fileError: "No email column: name the columns (first name, last name, email, products) or put them in that order." };
  const ignored = ignoredColumns(all, hasHeader, new Set(Object.values(columns)), unrecognised);
  // A column it does not know may be the products under another name (e.g. "Produkte"): without a
  // products column, importing would drop everyone's products silently, so the file is refused.
  if (hasHeader && columns.products === undefined && ignored.length > 0) {
    const one = ignored.length === 1;
    return {
      fileError: `The import does not recognise the column${one ? "" : "s"} ${quoted(ignored)} and the file has no products column, so it cannot tell whether ${one ? "it holds" : "one holds"} products: name the products column “products” (codes separated by “;”), or remove the column${one ? "" : "s"} it should ignore. Nothing was imported.`,
    };
  }
  const data = all.map((cells, i) => ({ cells, row: i + 1 })).slice(hasHeader ? 1 : 0).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (data.length === 0) return { fileError: "The file has no users in it." };
  if (data.length > IMPORT_MAX_ROWS) return { fileError: `The file has ${data.length} users; import at most ${IMPORT_MAX_ROWS} at a time.` };
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: string[], c: Column) => (columns[c] === undefined ? "" : (cells[columns[c]!] ?? ""));
  data.forEach(({ cells, row }, i) => {
    const parsed = importRowSchema.safeParse({ firstName: cell(cells, "firstName"), lastName: cell(cells, "lastName"), email: cell(cells, "email"), productCodes: cell(cells, "products") });
    const messages: string[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) messages.push(`${LABELS[String(issue.path[0]) as keyof typeof LABELS] ?? "Row"}: ${issue.message}`);
    } else {
      const unknown = parsed.data.productCodes.filter((c) => !knownCodes.has(c));
      if (unknown.length) messages.push(`Products: unknown product code${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}.`);
      const earlier = seen.get(parsed.data.email);
      if (earlier) messages.push(`Email: ${parsed.data.email} is also on row ${earlier}.`);
      else seen.set(parsed.data.email, row);
    }
    if (messages.length) errors.push({ row, messages });
    else if (parsed.success) rows.push({ row, ...parsed.data, productCodes: [...new Set(parsed.data.productCodes)] });
    if ((i + 1) % every === 0 || i + 1 === data.length) onProgress(i + 1, data.length);
  });
  return { rows, errors, total: data.length, ignoredColumns: ignored };
}

const LABELS = { firstName: "First name", lastName: "Last name", email: "Email", productCodes: "Products" } as const;
