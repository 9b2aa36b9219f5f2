import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { csvCell, csvLine } from "@/lib/csv/write-csv";
import { readHeader, validateImport } from "./import-rows";
import { portalSignInUrl } from "./invitation-email";

describe("CSV cells", () => {
  it("UM-5 neutralises cells that begin with =, +, -, @, tab or carriage return", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+49 30 1234")).toBe("'+49 30 1234");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\r=x")).toBe("\"'\r=x\"");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("UM-5 quotes commas, quotes and line breaks", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", 1, "b,c"])).toBe('a,1,"b,c"\r\n');
  });

  it("UM-5 parses quoted cells, doubled quotes, CRLF, a BOM and tabs", () => {
    expect(parseCsv('\uFEFFa,"b ""c"", d"\r\n1,2\n')).toEqual([["a", 'b "c", d'], ["1", "2"]]);
    expect(parseCsv("a\tb\nc\td")).toEqual([["a", "b"], ["c", "d"]]);
    expect(parseCsv('x,"multi\nline"')).toEqual([["x", "multi\nline"]]);
  });
});

describe("import rows", () => {
  const known = new Set(["ACD", "INV"]);

  it("UM-5 accepts liberal header names in any order, or no header at all", () => {
    expect(readHeader(["E-Mail Address", "Surname", "Given name", "Product codes"])).toEqual({ hasHeader: true, columns: { email: 0, lastName: 1, firstName: 2, products: 3 }, unrecognised: [] });
    expect(readHeader(["Ada", "Byron", "ada@x.test"]).hasHeader).toBe(false);
    const r = validateImport("Email,First Name,Last Name\nADA@X.test,Ada,Byron", known);
    expect(r).toEqual({ rows: [{ row: 2, email: "ada@x.test", firstName: "Ada", lastName: "Byron", productCodes: [] }], errors: [], total: 1, ignoredColumns: [] });
  });

  it("UM-5 reports each bad row with its number and every problem on it", () => {
    const r = validateImport("Ada,Byron,ada@x.test,acd; inv\n,,nope,XYZ\n\nBob,B,ada@x.test,", known);
    if ("fileError" in r) throw new Error(r.fileError);
    expect(r.rows).toEqual([{ row: 1, email: "ada@x.test", firstName: "Ada", lastName: "Byron", productCodes: ["ACD", "INV"] }]);
    expect(r.errors.map((e) => e.row)).toEqual([2, 4]);
    expect(r.errors[0]!.messages.length).toBe(3);
    expect(r.errors[1]!.messages[0]).toContain("row 1");
  });

  it("UM-5 refuses files without users or an email column", () => {
    expect(validateImport("", known)).toEqual({ fileError: "The file is empty." });
    expect("fileError" in validateImport("First name,Last name\nA,B", known)).toBe(true);
  });
});

describe("invitation link", () => {
  it("EM-1 the invitation names the portal's sign-in page from AUTH_URL (only) or the local default", () => {
    expect(portalSignInUrl({ APP_URL: "https://portal.example/" })).toBe("http://localhost:3000/sign-in");
    expect(portalSignInUrl({ AUTH_URL: "https://p.example/api/auth" })).toBe("https://p.example/sign-in");
    expect(portalSignInUrl({})).toBe("http://localhost:3000/sign-in");
  });
});

describe("import files from other locales", () => {
  const known = new Set(["ACD", "INV"]);

  it("UM-5 imports a semicolon-separated file with a BOM and a quoted line break in a cell", () => {
    const text = '\uFEFFE-Mail;Vorname;Nachname;Products\r\nada@x.test;Ada;Byron;ACD|inv\r\nbo@x.test;Bo;"Berg\nLund";\r\ncy@x.test;Cy;C;XYZ\r\n';
    const r = validateImport(text, known);
    if ("fileError" in r) throw new Error(r.fileError);
    expect(r.rows).toEqual([
      { row: 2, email: "ada@x.test", firstName: "Ada", lastName: "Byron", productCodes: ["ACD", "INV"] },
      { row: 3, email: "bo@x.test", firstName: "Bo", lastName: "Berg\nLund", productCodes: [] },
    ]);
    // Rows are numbered by record: the quoted line break does not shift the next row's number.
    expect(r.errors.map((e) => e.row)).toEqual([4]);
    expect(r.total).toBe(3);
  });
});
