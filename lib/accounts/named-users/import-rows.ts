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

/** Column positions: from a header row when the first row is one (it names known columns and holds no address). */
export function readHeader(first: string[]): { columns: Partial<Record<Column, number>>; hasHeader: boolean } {
  const named = first.map(columnOf);
  if (named.some(Boolean) && !first.some((c) => c.includes("@"))) {
    const columns: Partial<Record<Column, number>> = {};
    named.forEach((c, i) => {
      if (c && columns[c] === undefined) columns[c] = i;
    });
    return { columns, hasHeader: true };
  }
  return { columns: Object.fromEntries(POSITIONAL.map((c, i) => [c, i])), hasHeader: false };
}

const productCodes = text({ max: 2000, trim: false })
  .transform((s) => s.split(/[;|]/).map((c) => c.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(text({ max: 32, maxMessage: "A product code has at most 32 characters." })).max(20, "List at most 20 products."));

export const importRowSchema = z.object({ firstName: personName, lastName: personName, email: personEmail, productCodes });

export type ParsedImport = { rows: ImportRow[]; errors: RowError[]; total: number };

/**
 * Validates every data row (numbered as in the file, header = row 1). Also refuses unknown
 * product codes and an email listed twice. `onProgress` is told every `every` rows.
 */
export function validateImport(text: string, knownCodes: ReadonlySet<string>, onProgress: (done: number, total: number) => void = () => {}, every = 500): ParsedImport | { fileError: string } {
  const all = parseCsv(text);
  if (all.length === 0) return { fileError: "The file is empty." };
  const { columns, hasHeader } = readHeader(all[0]!);
  if (columns.email === undefined) return { fileError: "No email column: name the columns (first name, last name, email, products) or put them in that order." };
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
  return { rows, errors, total: data.length };
}

const LABELS = { firstName: "First name", lastName: "Last name", email: "Email", productCodes: "Products" } as const;
