import { describe, expect, it } from "vitest";
import { compareIds, idsInExports, idsInRulesDoc, idsNamedIn, isSeedTest, isTestFile, testTitles, unknownIds } from "./rules-coverage";

// Fake IDs (QQ-, ZZ-) on purpose: this file must not count as covering a real rule.
describe("rules coverage script", () => {
  it("reads bold IDs from a rules document, in rule order", () => {
    const doc = "- **QQ-2** two\n- **QQ-10** ten\n- **QQ-1** one\nsee QQ-3 (not bold) and **QQ-1** again";
    expect(idsInRulesDoc(doc)).toEqual(["QQ-1", "QQ-2", "QQ-10"]);
  });

  it("finds IDs in any export shape", () => {
    expect(idsInExports({ RULE_IDS: ["QQ-2", "QQ-1"] })).toEqual(["QQ-1", "QQ-2"]);
    expect(idsInExports({ RULES: [{ id: "QQ-1", title: "x" }, { id: "ZZ-4" }] })).toEqual(["QQ-1", "ZZ-4"]);
    expect(idsInExports({ rules: { "QQ-1": { title: "x" }, "QQ-2": { title: "y" } } })).toEqual(["QQ-1", "QQ-2"]);
    expect(idsInExports({ somethingElse: 3 })).toEqual([]);
  });

  it("matches whole IDs only: QQ-1 is not named by QQ-10 or XQQ-1", () => {
    expect(idsNamedIn('test("QQ-10 seats")', ["QQ-1", "QQ-10"])).toEqual(["QQ-10"]);
    expect(idsNamedIn("XQQ-1 QQ-1x", ["QQ-1"])).toEqual([]);
    expect(idsNamedIn("it('QQ-1: a rule', ...)", ["QQ-1"])).toEqual(["QQ-1"]);
  });

  it("searches e2e files and *.test / *.spec files", () => {
    expect(isTestFile("e2e/navigation.spec.ts")).toBe(true);
    expect(isTestFile("e2e/fixtures.ts")).toBe(true);
    expect(isTestFile("lib/permissions/decide.test.ts")).toBe(true);
    expect(isTestFile("lib/permissions/decide.ts")).toBe(false);
    expect(isTestFile("node_modules/x/y.test.ts")).toBe(false);
  });

  it("orders IDs by prefix, then number", () => {
    expect(["QQ-10", "QQ-2", "AA-1"].sort(compareIds)).toEqual(["AA-1", "QQ-2", "QQ-10"]);
  });

  it("counts test and suite titles only, never comments, strings in assertions or other calls", () => {
    const source = [
      "// QQ-9 a comment names nothing",
      'import { expect, it, describe, test } from "vitest";',
      'describe("QQ-1 a suite", () => {',
      '  it("QQ-2 a test", () => expect("QQ-8").toBe("QQ-8"));',
      "  it.each([1])(`QQ-3 each %s`, () => {});",
      '  test.describe("QQ-4 playwright suite", () => { test("QQ-5 " + "joined", async () => {}); });',
      "  it(`QQ-6 ${1} template`, () => {});",
      '  when("QQ-7 a decision-table row", actor, "x", res, yes("QQ-7"));',
      '  helper("QQ-10 not a test");',
      "});",
    ].join("\n");
    const titles = testTitles(source);
    expect(titles.map((t) => t.title)).toEqual(["QQ-1 a suite", "QQ-2 a test", "QQ-3 each %s", "QQ-4 playwright suite", "QQ-5 joined", "QQ-6 … template", "QQ-7 a decision-table row"]);
    expect(titles.map((t) => t.line)).toEqual([3, 4, 5, 6, 6, 7, 8]);
  });

  it("tells tests of seed data from use-case tests", () => {
    expect(isSeedTest("lib/demo/demo.test.ts")).toBe(true);
    expect(isSeedTest("scripts/seed-large.test.ts")).toBe(true);
    expect(isSeedTest("lib/accounts/seats.test.ts")).toBe(false);
  });

  it("flags an ID of a known area that no rule has, and ignores other areas", () => {
    expect(unknownIds("QQ-1 ok, QQ-12 typo, ZZ-3 other area", ["QQ-1", "QQ-2"])).toEqual(["QQ-12"]);
  });
});
