import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvStream, neutraliseFormula, writeCsv } from "./write-csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte order mark in the text, so the test can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("the CSV writer", () => {
  it("AU-2 neutralises cells that a spreadsheet would run as formulas", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutraliseFormula("Priya Raman")).toBe("Priya Raman");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("quotes separators, quotes and line breaks, and writes numbers, dates and empties plainly", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", -5, true, null, undefined, new Date("2026-01-02T03:04:05.000Z")])).toBe(
      `"a,b","say ""hi""","two\nlines",-5,true,,,2026-01-02T03:04:05.000Z\r\n`,
    );
    expect(writeCsv(["x", "y"], [["1", "2"]])).toBe("x,y\r\n1,2\r\n");
  });

  it("streams the header and then each row, with a byte order mark for spreadsheets", async () => {
    async function* rows() {
      yield ["Ana", "+1"];
      yield ["Bo", "@home"];
    }
    expect(await readAll(csvStream(["name", "note"], rows()))).toBe("\uFEFFname,note\r\nAna,'+1\r\nBo,'@home\r\n");
    expect(await readAll(csvStream(["name"], rows(), { bom: false }))).toMatch(/^name\r\n/);
  });

  it("streams a large export in chunks that join up to the same document as writing it whole", async () => {
    const data = Array.from({ length: 3001 }, (_, i) => [`Person ${i}`, i % 7 === 0 ? `=cmd|${i}` : `note, "${i}"`, i] as const);
    async function* rows() {
      yield* data;
    }
    const chunks: number[] = [];
    const reader = csvStream(["name", "note", "n"], rows(), { bom: false }).getReader();
    let text = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks.push(r.value.length);
      text += new TextDecoder().decode(r.value);
    }
    expect(chunks.length).toBeGreaterThan(2);
    expect(text).toBe(writeCsv(["name", "note", "n"], data));
    expect(text.split("\r\n")[8]).toBe(`Person 7,'=cmd|7,7`);
  });
});
