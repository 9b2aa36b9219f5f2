import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "./parse-csv";
import { csvLine } from "./write-csv";

describe("the CSV reader", () => {
  it("reads semicolon-separated files, as spreadsheets in many locales save them", () => {
    expect(parseCsv("Email;First name;Last name\r\nada@x.test;Ada;Byron\r\n")).toEqual([
      ["Email", "First name", "Last name"],
      ["ada@x.test", "Ada", "Byron"],
    ]);
    // Commas inside a semicolon file are plain text, and quoted semicolons stay in their cell.
    expect(parseCsv('a;"b;c";d,e\n1;2;3')).toEqual([["a", "b;c", "d,e"], ["1", "2", "3"]]);
  });

  it("picks the separator the first line uses most, outside quotes; a comma on a tie or when there is none", () => {
    expect(detectDelimiter("a,b;c,d")).toBe(",");
    expect(detectDelimiter("a;b;c,d")).toBe(";");
    expect(detectDelimiter('"x;y;z",b\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc;d")).toBe("\t");
    expect(detectDelimiter("a;b\nc,d,e,f")).toBe(";");
    expect(detectDelimiter("single")).toBe(",");
    expect(detectDelimiter("a,b;c")).toBe(",");
  });

  it("keeps line breaks inside quoted cells, whatever the line ends", () => {
    expect(parseCsv('name,note\r\nAda,"first line\r\nsecond line"\r\nBo,"x\ny"')).toEqual([
      ["name", "note"],
      ["Ada", "first line\nsecond line"],
      ["Bo", "x\ny"],
    ]);
    expect(parseCsv('a;"b\nc";d')).toEqual([["a", "b\nc", "d"]]);
  });

  it("drops a UTF-8 byte order mark, so the first header is read by name", () => {
    expect(parseCsv("\uFEFFEmail;Name\nä@x.test;Zoë")).toEqual([["Email", "Name"], ["ä@x.test", "Zoë"]]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("keeps blank lines (so rows keep their numbers) but not the one after a final line break", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv("a\rb\r")).toEqual([["a"], ["b"]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("reads back what the writer wrote, neutralised formulas included", () => {
    const line = csvLine(["=1+2", 'say "hi", then', "two\nlines", " edge "]);
    expect(parseCsv(line)).toEqual([["'=1+2", 'say "hi", then', "two\nlines", " edge "]]);
  });
});
