import { describe, expect, it } from "vitest";
import { compareIds, idsInExports, idsInRulesDoc, idsNamedIn, isTestFile } from "./rules-coverage";

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
});
