import { describe, expect, it } from "vitest";
import { compareIds, idsInExports, idsInRulesDoc, idsNamedIn, isSeedTest, isServiceFile, isTestFile, ruleThrows, serviceRuleThrows, testTitles, unknownIds } from "./rules-coverage";

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
    expect(isSeedTest("scripts/seed/large.test.ts")).toBe(true);
    expect(isSeedTest("lib/accounts/seats.test.ts")).toBe(false);
  });

  it("flags an ID of a known area that no rule has, and ignores other areas", () => {
    expect(unknownIds("QQ-1 ok, QQ-12 typo, ZZ-3 other area", ["QQ-1", "QQ-2"])).toEqual(["QQ-12"]);
  });

  it("finds the rules a service throws: every refusal, and conflicts naming a rule unless marked `// conflict: <why>`", () => {
    const source = [
      'import { conflict, DomainError } from "@/lib/actions/result";',
      'if (a) throw new DomainError("denied", "Nope (QQ-1).", "QQ-1");',
      "if (b) throw new DomainError(\"denied\", `Nope ${x} (QQ-2).`);",
      'if (c) throw conflict("Taken.", "QQ-3");',
      "// conflict: a double submit",
      'if (d) throw conflict("Already there.", "QQ-4");',
      'if (e) throw new DomainError("conflict", "Raced (QQ-5).", "QQ-5"); // conflict: a race',
      'if (f) throw new DomainError("conflict", "No rule named.");',
      'if (g) throw conflict("No rule either.");',
      'if (h) throw new DomainError("not_found", "Gone.");',
    ].join("\n");
    expect(ruleThrows(source, "lib/x/do-thing.ts", ["QQ-1", "QQ-2", "QQ-3", "QQ-4", "QQ-5"]).map(({ line, kind, rule, marked }) => ({ line, kind, rule, marked }))).toEqual([
      { line: 2, kind: "refusal", rule: "QQ-1", marked: false },
      { line: 3, kind: "refusal", rule: "QQ-2", marked: false },
      { line: 4, kind: "conflict", rule: "QQ-3", marked: false },
      { line: 6, kind: "conflict", rule: "QQ-4", marked: true },
      { line: 7, kind: "conflict", rule: "QQ-5", marked: true },
    ]);
  });

  it("looks for rule throws in services only: lib and app, not the policy, tests or test helpers", () => {
    expect(isServiceFile("lib/hubs/join-hub.ts")).toBe(true);
    expect(isServiceFile("app/(portal)/hubs/page.tsx")).toBe(true);
    expect(isServiceFile("lib/permissions/decide-hub.ts")).toBe(false);
    expect(isServiceFile("lib/hubs/hubs.test.ts")).toBe(false);
    expect(isServiceFile("scripts/rules-coverage.ts")).toBe(false);
    expect(isServiceFile("e2e/fixtures.ts")).toBe(false);
  });

  it("security: every refusal in this repository is the policy's: no service throws DomainError(\"denied\")", () => {
    expect(serviceRuleThrows([]).filter((t) => t.kind === "refusal").map((t) => `${t.file}:${t.line}`)).toEqual([]);
  }, 30_000);
});
