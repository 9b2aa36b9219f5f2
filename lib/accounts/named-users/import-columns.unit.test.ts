import { describe, expect, it } from "vitest";
import { ignoredColumnsMessage, readHeader, validateImport } from "./import-rows";

const known = new Set(["ACD", "INV"]);

describe("UM-5 columns the import does not recognise", () => {
  it("UM-5 lists an unknown column beside a products column, and still reads the rows", () => {
    const r = validateImport("First name,Last name,Email,Products,Department\nAda,Byron,ada@x.test,ACD,R&D", known);
    if ("fileError" in r) throw new Error(r.fileError);
    expect(r.ignoredColumns).toEqual(["Department"]);
    expect(r.rows).toEqual([{ row: 2, email: "ada@x.test", firstName: "Ada", lastName: "Byron", productCodes: ["ACD"] }]);
    expect(ignoredColumnsMessage(r.ignoredColumns, 1)).toBe("The import does not recognise the column “Department”: it will be ignored. Import 1 user without it?");
  });

  it("UM-5 a file whose only product column is unrecognised (e.g. Produkte) is refused, naming the column", () => {
    const r = validateImport("Vorname,Nachname,Email,Produkte\nAda,Byron,ada@x.test,ACD;INV\nBob,B,bob@x.test,ACD", known);
    expect(r).toEqual({ fileError: expect.stringContaining("The import does not recognise the column “Produkte” and the file has no products column") });
  });

  it("UM-5 a repeated column, a column with data but no header, and a fifth column of a file without a header are listed too", () => {
    expect(readHeader(["Email", "E-mail", "Products", ""]).unrecognised).toEqual([1]);
    const repeated = validateImport("Email,E-mail,Products,\nada@x.test,other@x.test,ACD,note", known);
    if ("fileError" in repeated) throw new Error(repeated.fileError);
    expect(repeated.ignoredColumns).toEqual(["E-mail", "column 4"]);
    const positional = validateImport("Ada,Byron,ada@x.test,ACD,extra", known);
    if ("fileError" in positional) throw new Error(positional.fileError);
    expect(positional.ignoredColumns).toEqual(["column 5"]);
  });

  it("UM-5 a file with only known columns ignores nothing and asks nothing", () => {
    const r = validateImport("Email,First Name,Last Name\nada@x.test,Ada,Byron,", known);
    if ("fileError" in r) throw new Error(r.fileError);
    expect(r.ignoredColumns).toEqual([]);
  });
});
